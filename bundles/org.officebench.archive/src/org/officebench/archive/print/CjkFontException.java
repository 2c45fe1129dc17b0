package org.officebench.archive.print;

import java.io.IOException;

/** No Chinese font can be embedded; the message says which font to install or which property to set. */
public class CjkFontException extends IOException {
	private static final long serialVersionUID = 1L;

	public CjkFontException(String message, Throwable cause) {
		super(message, cause);
	}
}
