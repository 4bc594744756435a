package io.kaohe;

/**
 * A cohort document read teacher by teacher ({@link Cohorts#read}): a progress input that never holds the
 * document's text, its tree or its dossiers whole. A teacher whose JSON does not bind (a wrong type, an unknown
 * field or value) is an {@link ProgressInput.Entry} with a reject naming {@code teachers[i].field}, at its position;
 * a cohort field outside {@code teachers} that does not bind, or a document that is not JSON, is a
 * {@link CohortFormatException}, thrown where it is met (opening, walking the teachers, or reading what follows them).
 */
public interface CohortReader extends ProgressInput, AutoCloseable {
    /** Teachers walked so far (read or not); all of them once {@link #teachers()} is exhausted. */
    long teachersRead();

    /** Closes the input. */
    @Override
    void close();
}
