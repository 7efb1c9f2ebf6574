package org.chrysalis.platform.api.rest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.chrysalis.platform.api.problem.Problem;
import org.chrysalis.platform.api.problem.ProblemException;

/** Counts bytes as a request body is read and answers 413 once a limit is passed. */
public final class LimitedInputStream extends FilterInputStream {

    private final long max;
    private long count;

    public LimitedInputStream(InputStream in, long max) {
        super(in);
        this.max = max;
    }

    public static ProblemException tooLarge(long maxBytes) {
        return new ProblemException(Problem.of(413, "too-large",
                "The request body is larger than " + maxBytes + " bytes."));
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(long n) {
        count += n;
        if (count > max) {
            throw tooLarge(max);
        }
    }
}
