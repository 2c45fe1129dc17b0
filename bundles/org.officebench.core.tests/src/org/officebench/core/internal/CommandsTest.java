package org.officebench.core.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.officebench.core.DocumentKind;
import org.officebench.core.DocumentSummary;
import org.officebench.core.OfficeDocument;
import org.officebench.core.Repository;
import org.officebench.model.ArchiveCatalogue;
import org.officebench.model.DocumentStatus;
import org.officebench.model.Flowchart;
import org.officebench.model.MeetingMinutes;
import org.officebench.model.OfficeBenchFactory;
import org.officebench.model.OfficeBenchPackage.Literals;
import org.officebench.model.PolicyDocument;
import org.officebench.model.RetentionPeriod;
import org.officebench.tests.support.TestRepositories;

/**
 * Every kind of edit the editors make, on every kind of document: execute, undo back to exactly the original,
 * redo to exactly the edited state, with the dirty flag following the command stack's save point.
 */
class CommandsTest {

	interface Edit {
		Command create(EditingDomain domain, EObject root);
	}

	@TempDir
	Path temp;
	Repository repository;

	@BeforeEach
	void open() throws Exception {
		repository = TestRepositories.open(temp.resolve("repo"), true);
	}

	@AfterEach
	void close() {
		repository.close();
	}

	static Stream<Arguments> edits() {
		var f = OfficeBenchFactory.eINSTANCE;
		return Stream.of(
				Arguments.of("title", DocumentKind.POLICY, (Edit) (d, r) -> SetCommand.create(d, r, Literals.DOCUMENT__TITLE, "新题名")),
				Arguments.of("文号", DocumentKind.MINUTES, (Edit) (d, r) -> SetCommand.create(d, r, Literals.DOCUMENT__DOCUMENT_NUMBER, "营运〔2026〕1号")),
				Arguments.of("status", DocumentKind.POLICY, (Edit) (d, r) -> SetCommand.create(d, r, Literals.DOCUMENT__STATUS, DocumentStatus.ABOLISHED)),
				Arguments.of("modified date", DocumentKind.FLOWCHART, (Edit) (d, r) -> SetCommand.create(d, r, Literals.DOCUMENT__CREATED, new Date(0))),
				Arguments.of("add tag", DocumentKind.ARCHIVE, (Edit) (d, r) -> AddCommand.create(d, r, Literals.DOCUMENT__TAGS, "重要")),
				Arguments.of("add chapter", DocumentKind.POLICY, (Edit) (d, r) -> AddCommand.create(d, r, Literals.POLICY_DOCUMENT__CHAPTERS, f.createChapter())),
				Arguments.of("remove chapter", DocumentKind.POLICY, (Edit) (d, r) -> RemoveCommand.create(d, ((PolicyDocument) r).getChapters().get(1))),
				Arguments.of("move chapter", DocumentKind.POLICY, (Edit) (d, r) -> MoveCommand.create(d, r, Literals.POLICY_DOCUMENT__CHAPTERS, ((PolicyDocument) r).getChapters().get(0), 2)),
				Arguments.of("edit article", DocumentKind.POLICY, (Edit) (d, r) -> SetCommand.create(d, ((PolicyDocument) r).getChapters().get(0).getArticles().get(0), Literals.ARTICLE__TEXT, "第一条 修订后的条文。")),
				Arguments.of("remove step", DocumentKind.FLOWCHART, (Edit) (d, r) -> RemoveCommand.create(d, ((Flowchart) r).getSteps().get(2))),
				Arguments.of("relink", DocumentKind.FLOWCHART, (Edit) (d, r) -> SetCommand.create(d, ((Flowchart) r).getLinks().get(0), Literals.LINK__TARGET, ((Flowchart) r).getSteps().get(5))),
				Arguments.of("add action item", DocumentKind.MINUTES, (Edit) (d, r) -> AddCommand.create(d, r, Literals.MEETING_MINUTES__ACTION_ITEMS, f.createActionItem())),
				Arguments.of("remove attendee", DocumentKind.MINUTES, (Edit) (d, r) -> RemoveCommand.create(d, ((MeetingMinutes) r).getAttendees().get(0))),
				Arguments.of("retention", DocumentKind.ARCHIVE, (Edit) (d, r) -> SetCommand.create(d, ((ArchiveCatalogue) r).getItems().get(0), Literals.ARCHIVE_ITEM__RETENTION, RetentionPeriod.PERMANENT)));
	}

	@ParameterizedTest(name = "{0} on {1}")
	@MethodSource("edits")
	void executeUndoRedo(String name, DocumentKind kind, Edit edit) throws Exception {
		DocumentSummary summary = repository.documents().stream().filter(s -> s.kind() == kind).findFirst().orElseThrow();
		OfficeDocument document = repository.open(summary.id());
		EObject original = EcoreUtil.copy(document.root());
		assertFalse(document.isDirty());

		Command command = edit.create(document.editingDomain(), document.root());
		assertTrue(command.canExecute(), name + " can execute");
		document.commandStack().execute(command);
		EObject edited = EcoreUtil.copy(document.root());
		assertFalse(EcoreUtil.equals(original, edited), name + " changed the document");
		assertTrue(document.isDirty());

		assertTrue(document.commandStack().canUndo());
		document.commandStack().undo();
		assertTrue(EcoreUtil.equals(original, document.root()), name + ": undo restores the original exactly");
		assertFalse(document.isDirty(), "back at the save point");

		document.commandStack().redo();
		assertTrue(EcoreUtil.equals(edited, document.root()), name + ": redo gives the edited state again");
		assertTrue(document.isDirty());

		document.save();
		assertFalse(document.isDirty());
		document.commandStack().undo();
		assertTrue(document.isDirty(), "undo past the save point is a change to save");
		List<DocumentSummary> stillThere = repository.documents();
		assertTrue(stillThere.stream().anyMatch(s -> s.id().equals(summary.id())));
	}
}
