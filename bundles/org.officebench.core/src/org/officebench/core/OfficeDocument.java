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

	/**
	 * A save in steps, so that a workbench can write a big document off its UI thread: {@link Save#write()} on any
	 * thread (commands on the document wait until it is done), then {@link Save#complete()} on the thread that owns
	 * the document. {@link #save()} is the steps in a row.
	 *
	 * @throws IOException when the document cannot be saved as it is (a read-only repository, an unusable 档号
	 *                     template); nothing was written
	 */
	Save prepareSave() throws IOException;

	/** A save prepared by {@link OfficeDocument#prepareSave()}. */
	interface Save {
		/** Writes the file atomically; reads the model and changes nothing in it. */
		void write() throws IOException;

		/** Marks the document saved, records it in the audit log and tells the repository's listeners. */
		void complete() throws IOException;

		/** Whether writing may take long enough to be done off the UI thread (a catalogue in the compact format). */
		boolean isLarge();
	}

	/** Throws away unsaved changes by reading the file again ({@link #prepareRevert()}'s steps in a row). */
	void revert() throws DocumentLoadException;

	/**
	 * A revert in steps, so that a workbench can read the file off its UI thread: {@link Revert#read()} on any thread
	 * (reads into new objects and touches nothing of the open document), then {@link Revert#apply()} on the thread
	 * that owns the document.
	 */
	Revert prepareRevert();

	/** A revert prepared by {@link OfficeDocument#prepareRevert()}. */
	interface Revert {
		/** Reads the document's file into new objects; the open document is not changed. */
		void read() throws DocumentLoadException;

		/** Puts what {@link #read()} read in place of the document's content and clears the undo history. */
		void apply();
	}
}
