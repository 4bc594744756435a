package io.kaohe.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import io.kaohe.examples.serve.DecisionService;
import io.kaohe.examples.serve.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code kaohe serve}: the pack behind HTTP (docs/serve.md). Its fields and methods name plain values only (no lambda
 * either), so that picocli reading this class when any command starts loads neither the service, the HTTP server nor
 * Prometheus: they load when serve runs (cold start of the other commands, issue 17).
 */
@Command(name = "serve", description = "Serve decisions over HTTP: assess, batch, schools, progress; status, health, metrics (docs/serve.md).")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;

    @Mixin
    PackOption pack;

    @Option(names = "--rules-dir", paramLabel = "DIR", description = "edited rules laid over the pack's, watched: a good edit (it builds, its scenarios pass) is swapped in, a broken one refused")
    Path rulesDir;

    @Option(names = "--port", paramLabel = "N", description = "port (default ${DEFAULT-VALUE}; 0: any free port)")
    int port = Settings.PORT;

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "address to listen on (default ${DEFAULT-VALUE}: this machine only)")
    String bind = Settings.BIND;

    @Option(names = "--token-file", paramLabel = "FILE", description = "a file holding the bearer token every endpoint but /health/* requires")
    Path tokenFile;

    @Option(names = "--decision-log", paramLabel = "FILE", description = "append each decision to FILE as one JSON line (personal data masked)")
    Path decisionLog;

    @Option(names = "--log-dossiers", description = "also write each dossier (masked) to the decision log")
    boolean logDossiers;

    @Option(names = "--threads", paramLabel = "N", description = "request workers (default: 2 per processor, at least 4)")
    Integer threads;

    @Option(names = "--max-body", paramLabel = "BYTES", description = "largest body of POST /v1/assess (default ${DEFAULT-VALUE}); larger: 413")
    long maxBody = Settings.MAX_BODY;

    @Option(names = "--max-batch-body", paramLabel = "BYTES", description = "largest body of a batch, schools or progress request (default ${DEFAULT-VALUE}); larger: 413")
    long maxBatchBody = Settings.MAX_BATCH_BODY;

    @Option(names = "--request-timeout", paramLabel = "SECONDS", description = "a client that takes longer to send a request, or to read its response, is cut off (default ${DEFAULT-VALUE})")
    long requestTimeout = Settings.REQUEST_TIMEOUT_SECONDS;

    @Option(names = "--grace", paramLabel = "SECONDS", description = "on shutdown, how long requests in flight may take to finish (default ${DEFAULT-VALUE})")
    long grace = Settings.GRACE_SECONDS;

    @Override
    public Integer call() throws Exception {
        if (threads != null && threads < 1) throw CliException.of(ExitCodes.USAGE, "cli.option.atLeastOne", "--threads", threads);
        // refused before the server starts, naming the option (a negative size or time would be a server that refuses everything)
        if (port < 0 || port > 65535) throw CliException.of(ExitCodes.USAGE, "cli.option.port", "--port", String.valueOf(port));
        atLeast(1, "--max-body", maxBody);
        atLeast(1, "--max-batch-body", maxBatchBody);
        atLeast(1, "--request-timeout", requestTimeout);
        atLeast(0, "--grace", grace);
        Settings defaults = Settings.defaults(pack.name);
        Settings s = new Settings(pack.name, rulesDir == null ? null : Inputs.directory(rulesDir, "--rules-dir"), bind, port,
                tokenFile == null ? null : token(tokenFile), decisionLog, logDossiers, threads == null ? defaults.threads() : threads,
                maxBody, maxBatchBody, Duration.ofSeconds(requestTimeout), defaults.logQueue(), Duration.ofSeconds(grace), defaults.watch());
        DecisionService.runUntilStopped(s, System.err);
        return ExitCodes.OK;
    }

    private static void atLeast(long min, String option, long value) {
        if (value < min) throw CliException.of(ExitCodes.USAGE, min == 1 ? "cli.option.atLeastOne" : "cli.option.atLeastZero", option, String.valueOf(value));
    }

    /** The token: the file's first line, trimmed; an empty or unreadable file is a usage error (never serve unprotected by mistake). */
    private static String token(Path file) {
        String text;
        try {
            text = Files.readString(Inputs.existing(file, "--token-file"), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read --token-file " + file, e);
        }
        int nl = text.indexOf('\n');
        String token = (nl < 0 ? text : text.substring(0, nl)).strip();
        if (token.isEmpty()) throw new CliException(ExitCodes.USAGE, "--token-file " + file + ": the file is empty (it must hold the token)");
        return token;
    }
}
