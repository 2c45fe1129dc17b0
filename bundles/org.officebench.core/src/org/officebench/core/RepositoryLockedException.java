package org.officebench.core;

/** Another workbench or command-line writer holds the repository. */
public class RepositoryLockedException extends RepositoryException {

	private static final long serialVersionUID = 1L;

	private final String holder;

	public RepositoryLockedException(String message, String holder) {
		super(message);
		this.holder = holder;
	}

	/** Who holds the lock, as it wrote itself into the lock file (user, host, process, since when). */
	public String holder() {
		return holder;
	}
}
