package org.officebench.archive;

/** The formats {@link FileInspector} tells apart, by content. */
public enum FileFormat {
	PDF("application/pdf"), //$NON-NLS-1$
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"), //$NON-NLS-1$
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), //$NON-NLS-1$
	DOC("application/msword"), //$NON-NLS-1$
	XLS("application/vnd.ms-excel"), //$NON-NLS-1$
	TXT("text/plain"), //$NON-NLS-1$
	PNG("image/png"), //$NON-NLS-1$
	JPEG("image/jpeg"), //$NON-NLS-1$
	TIFF("image/tiff"), //$NON-NLS-1$
	/** GB/T 33190-2016 版式文档. */
	OFD("application/ofd"), //$NON-NLS-1$
	OTHER("application/octet-stream"); //$NON-NLS-1$

	private final String mediaType;

	FileFormat(String mediaType) {
		this.mediaType = mediaType;
	}

	/** The IANA media type (without charset). */
	public String mediaType() {
		return mediaType;
	}
}
