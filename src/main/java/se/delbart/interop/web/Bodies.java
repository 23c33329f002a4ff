package se.delbart.interop.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads request bodies with a hard cap, so that an oversized upload costs at most the cap in memory. */
final class Bodies {

    private Bodies() {
    }

    static byte[] readAtMost(InputStream in, int max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int total = 0;
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            total += n;
            if (total > max) {
                throw new TooLargeException(max);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    static final class TooLargeException extends RuntimeException {
        TooLargeException(int max) {
            super("The upload is larger than the " + max + " bytes accepted.");
        }
    }
}
