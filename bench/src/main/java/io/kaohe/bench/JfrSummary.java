package io.kaohe.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the time goes, from a JFR recording: the share of execution samples in which a method is on
 * the stack (inclusive), for methods matching a pattern, and the hottest methods by self time.
 * <pre>java -cp … io.kaohe.bench.JfrSummary FILE.jfr [PATTERN] [N]</pre>
 */
public final class JfrSummary {
    private JfrSummary() {}

    public static void main(String[] args) throws IOException {
        Pattern pattern = Pattern.compile(args.length > 1 ? args[1] : "io\\.kaohe|ObjectMapper\\.(readValue|writeValueAsString)|StatelessKnowledgeSessionImpl\\.execute");
        int n = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        int samples = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) continue;
            samples++;
            Set<String> seen = new HashSet<>();
            boolean top = true;
            for (RecordedFrame f : e.getStackTrace().getFrames()) {
                String m = f.getMethod().getType().getName() + "." + f.getMethod().getName();
                if (top) self.merge(m, 1, Integer::sum);
                top = false;
                if (seen.add(m)) inclusive.merge(m, 1, Integer::sum);
            }
        }
        final int total = samples;
        System.out.printf("%d execution samples%n-- on the stack (inclusive), methods matching %s%n", total, pattern);
        inclusive.entrySet().stream().filter(x -> pattern.matcher(x.getKey()).find())
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey())).limit(n)
                .forEach(x -> System.out.printf("%5.1f%%  %s%n", 100.0 * x.getValue() / total, x.getKey()));
        System.out.printf("-- self time%n");
        self.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(n / 2).forEach(x -> System.out.printf("%5.1f%%  %s%n", 100.0 * x.getValue() / total, x.getKey()));
    }
}
