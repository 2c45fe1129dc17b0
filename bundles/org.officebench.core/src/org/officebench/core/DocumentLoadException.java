package org.officebench.core;

/** A document file could not be read; {@link #problem()} says where and what to do. */
public class DocumentLoadException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient LoadProblem problem;

	public DocumentLoadException(LoadProblem problem, Throwable cause) {
		super(problem.describe(), cause);
		this.problem = problem;
	}

	public LoadProblem problem() {
		return problem;
	}
}
