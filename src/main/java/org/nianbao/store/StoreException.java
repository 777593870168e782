package org.nianbao.store;

/** A database failure that is not the user's input: a bug or a broken disk. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
