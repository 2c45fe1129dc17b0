package org.officebench.core;

import java.io.IOException;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.officebench.model.Document;

/**
 * One open document: its model and the single editing domain through which every change is made, so that
 * undo, redo and the dirty state come from one command stack.
 */
public interface OfficeDocument {

	String id();

	DocumentKind kind();

	Document root();

	AdapterFactoryEditingDomain editingDomain();

	BasicCommandStack commandStack();

	/** Relative to the repository root. */
	String file();

	/** Changed since loaded or last saved (including by a model migration on load). */
	boolean isDirty();

	/** Writes the document atomically and records it in the audit log. */
	void save() throws IOException;

	/** Throws away unsaved changes by reading the file again. */
	void revert() throws DocumentLoadException;
}
