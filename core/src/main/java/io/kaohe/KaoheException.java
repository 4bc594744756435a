package io.kaohe;

import io.kaohe.privacy.Mask;

/** Base of Kaohe's exceptions. Messages are scrubbed of personal data (national IDs, phone numbers). */
public class KaoheException extends RuntimeException {
    public KaoheException(String message) { super(Mask.scrub(message)); }
    public KaoheException(String message, Throwable cause) { super(Mask.scrub(message), cause); }
}
