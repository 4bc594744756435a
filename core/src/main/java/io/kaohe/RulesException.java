package io.kaohe;

import java.util.List;
import java.util.stream.Collectors;


/** Rules, parameters or catalogs that cannot be used; lists every problem found. Nothing was swapped in. */
public class RulesException extends KaoheException {
    private final List<Problem> problems;

    public RulesException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() { return problems; }
}
