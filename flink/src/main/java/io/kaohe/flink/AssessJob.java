package io.kaohe.flink;

import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.SimpleStringEncoder;
import org.apache.flink.api.common.serialization.SimpleStringSchema;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.streaming.api.functions.sink.filesystem.bucketassigners.BasePathBucketAssigner;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.apache.flink.util.ParameterTool;

import io.kaohe.Json;
import io.kaohe.Kaohe;

/**
 * Kaohe on Apache Flink (flink/README.md). Two modes, one pack chosen by name:
 * <ul>
 *   <li>{@code --mode batch --pack P --in dossiers.jsonl --out DIR}: every line of a JSON Lines file of teacher
 *       dossiers to {@code DIR/verdicts} or {@code DIR/rejects}, exactly the lines {@code kaohe assess} writes
 *       (in no particular order), and {@code DIR/schools}: one line per school with the counts
 *       {@link io.kaohe.Cohorts#stats} gives.</li>
 *   <li>{@code --mode stream --pack P --brokers HOST:PORT --events TOPIC --verdicts TOPIC --rejects TOPIC [--group ID]}:
 *       events ({@link EventJson}) from Kafka, a dossier per teacher in keyed state, a verdict to {@code --verdicts}
 *       whenever an event changes a teacher's outcome.</li>
 * </ul>
 * Every verdict carries its {@code policyVersion}: the pack version and the hash of the rule files that decided it.
 */
public final class AssessJob {
    private AssessJob() {}

    /** What a job writes: verdict and reject lines (JSON), and school lines in batch mode (null in streaming). */
    public record Outputs(DataStream<String> verdicts, DataStream<String> rejects, DataStream<String> schools) {}

    public static void main(String[] args) throws Exception {
        ParameterTool params = ParameterTool.fromArgs(args);
        String pack = params.getRequired("pack");
        // fail on the client, naming the installed packs, not in every task manager after submission
        if (!Kaohe.packs().contains(pack)) throw new IllegalArgumentException("--pack " + pack + ": installed packs are " + Kaohe.packs());
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        String mode = params.get("mode", "batch");
        switch (mode) {
            case "batch" -> {
                env.setRuntimeMode(RuntimeExecutionMode.BATCH);
                Outputs out = batch(readFile(env, params.getRequired("in")), pack);
                String dir = params.getRequired("out");
                out.verdicts().sinkTo(toFiles(dir, "verdicts")).name("verdicts");
                out.rejects().sinkTo(toFiles(dir, "rejects")).name("rejects");
                out.schools().sinkTo(toFiles(dir, "schools")).name("schools");
                env.execute("kaohe assess " + pack + " (batch)");
            }
            case "stream" -> {
                env.setRuntimeMode(RuntimeExecutionMode.STREAMING);
                String brokers = params.getRequired("brokers");
                KafkaSource<Line> source = KafkaSource.<Line>builder()
                        .setBootstrapServers(brokers)
                        .setTopics(params.getRequired("events"))
                        .setGroupId(params.get("group", "kaohe-" + pack))
                        // a first start reads the topic from its beginning; a restart resumes from the checkpoint
                        .setStartingOffsets(OffsetsInitializer.earliest())
                        .setDeserializer(new OffsetLines())
                        .build();
                // stable uids: a savepoint's state maps to the operators of the next jar (README, rolling a pack version)
                Outputs out = streaming(env.fromSource(source, WatermarkStrategy.noWatermarks(), "events").uid("events"), pack);
                out.verdicts().sinkTo(toKafka(brokers, params.getRequired("verdicts"))).name("verdicts").uid("verdicts");
                out.rejects().sinkTo(toKafka(brokers, params.getRequired("rejects"))).name("rejects").uid("rejects");
                env.execute("kaohe assess " + pack + " (stream)");
            }
            default -> throw new IllegalArgumentException("--mode " + mode + ": batch or stream");
        }
    }

    /** The lines of a JSON Lines file (or of every file of a directory, each numbered from 1). */
    public static DataStream<Line> readFile(StreamExecutionEnvironment env, String path) {
        FileSource<Line> source = FileSource.forRecordStreamFormat(new JsonLinesFormat(), new Path(path)).build();
        return env.fromSource(source, WatermarkStrategy.noWatermarks(), "dossiers");
    }

    /**
     * Batch mode: lines of teacher dossiers to verdicts and rejects (every line ends in exactly one), and the
     * verdicts' counts per school. Run it in {@link RuntimeExecutionMode#BATCH}: a teacher's duplicate lines and a
     * school's counts are settled when the input is complete.
     */
    public static Outputs batch(DataStream<Line> lines, String pack) {
        OutputTag<String> duplicates = new OutputTag<>("duplicates", Types.STRING);
        SingleOutputStreamOperator<Assessed> assessed = lines.map(new AssessLine(pack)).name("assess");
        DataStream<String> rejects = assessed.filter(a -> a.verdict == null).map(a -> a.reject).name("rejects");
        SingleOutputStreamOperator<Assessed> firsts = assessed.filter(a -> a.verdict != null)
                .keyBy(a -> a.teacherId)
                .process(new FirstLineWins(duplicates)).name("first line wins");
        DataStream<String> verdicts = firsts.map(a -> a.verdict).name("verdicts");
        DataStream<String> schools = firsts.map(a -> a.counts)
                .keyBy(c -> c.schoolId)
                .reduce(SchoolCounts::plus).name("per school")
                .map(c -> Json.write(new SchoolStats(c.schoolId, c.stats()))).name("schools");
        return new Outputs(verdicts, rejects.union(firsts.getSideOutput(duplicates)), schools);
    }

    /**
     * Streaming mode: events to the verdicts they change and the rejects of bad events. Events are read at the
     * source's parallelism (forwarded, not redistributed), so a teacher's events from one partition stay in order.
     */
    public static Outputs streaming(DataStream<Line> events, String pack) {
        OutputTag<String> rejects = new OutputTag<>("rejects", Types.STRING);
        OutputTag<String> unreadable = new OutputTag<>("unreadable", Types.STRING);
        SingleOutputStreamOperator<Event> parsed = events.process(new ParseEvent(unreadable)).name("read event").uid("read-event")
                .setParallelism(events.getParallelism());
        SingleOutputStreamOperator<String> verdicts = parsed
                .keyBy(e -> e.teacherId)
                .process(new DossierState(pack, rejects)).name("dossier per teacher").uid("dossier-per-teacher");
        return new Outputs(verdicts, parsed.getSideOutput(unreadable).union(verdicts.getSideOutput(rejects)), null);
    }

    private static FileSink<String> toFiles(String dir, String name) {
        // one directory of part files per output, not a directory per hour of the run
        return FileSink.forRowFormat(new Path(dir, name), new SimpleStringEncoder<String>("UTF-8"))
                .withBucketAssigner(new BasePathBucketAssigner<>()).build();
    }

    private static KafkaSink<String> toKafka(String brokers, String topic) {
        return KafkaSink.<String>builder()
                .setBootstrapServers(brokers)
                .setRecordSerializer(KafkaRecordSerializationSchema.builder().setTopic(topic)
                        .setValueSerializationSchema(new SimpleStringSchema()).build())
                // a verdict is a fact about a teacher's dossier: sending one twice is harmless, losing one is not
                .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
                .build();
    }

    /** A Kafka message as a {@link Line}: its text, numbered by its offset plus one (a reject names it). */
    static final class OffsetLines implements KafkaRecordDeserializationSchema<Line> {
        private static final long serialVersionUID = 1L;

        @Override
        public void deserialize(org.apache.kafka.clients.consumer.ConsumerRecord<byte[], byte[]> record, Collector<Line> out) {
            byte[] value = record.value();
            out.collect(new Line(record.offset() + 1, value == null ? null : new String(value, java.nio.charset.StandardCharsets.UTF_8), null));
        }

        @Override
        public TypeInformation<Line> getProducedType() { return TypeInformation.of(Line.class); }
    }
}
