package io.kaohe.flink;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

import io.kaohe.Json;
import io.kaohe.model.Reject;

/**
 * Each teacher once per file, as {@code kaohe assess} decides it: of the lines of one teacher that got a verdict,
 * the first line's stands and every later one is a reject naming it. Lines reach this operator in no particular
 * order (parallel parsing), so a teacher's lines wait in keyed state until the end of the input (batch mode fires
 * the end-of-time timer once a key's input is complete).
 */
public final class FirstLineWins extends KeyedProcessFunction<String, Assessed, Assessed> {
    private static final long serialVersionUID = 1L;

    private final OutputTag<String> rejects;
    private transient ListState<Assessed> lines;

    public FirstLineWins(OutputTag<String> rejects) { this.rejects = rejects; }

    @Override
    public void open(OpenContext context) {
        lines = getRuntimeContext().getListState(new ListStateDescriptor<>("lines", Assessed.class));
    }

    @Override
    public void processElement(Assessed a, Context ctx, Collector<Assessed> out) throws Exception {
        lines.add(a);
        ctx.timerService().registerEventTimeTimer(Long.MAX_VALUE);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<Assessed> out) throws Exception {
        List<Assessed> all = new ArrayList<>();
        lines.get().forEach(all::add);
        lines.clear();
        all.sort(Comparator.comparingLong(a -> a.line));
        long first = all.get(0).line;
        out.collect(all.get(0));
        for (Assessed dup : all.subList(1, all.size())) {
            ctx.output(rejects, Json.write(new Reject(dup.line, dup.teacherId, null,
                    "teacher.id: duplicate of line " + first + " (each teacher once per file)")));
        }
    }
}
