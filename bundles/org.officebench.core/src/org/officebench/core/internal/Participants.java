package org.officebench.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Supplier;

import org.officebench.core.DocumentKind;
import org.officebench.core.DocumentParticipant;

/** The document participants a repository asks, as its service currently knows them. */
final class Participants {

	private static volatile List<DocumentParticipant> discovered;

	private final Supplier<List<DocumentParticipant>> source;

	Participants(Supplier<List<DocumentParticipant>> source) {
		this.source = source;
	}

	/** The participants for documents of {@code kind}. */
	List<DocumentParticipant> of(DocumentKind kind) {
		List<DocumentParticipant> found = new ArrayList<>();
		for (DocumentParticipant participant : source.get()) {
			if (participant.appliesTo(kind)) {
				found.add(participant);
			}
		}
		return found;
	}

	/**
	 * The participants declared in {@code META-INF/services} of the bundles this one sees: what a repository asks when
	 * it is made outside Declarative Services (a plain JUnit test, a tool). Read once.
	 */
	static List<DocumentParticipant> discovered() {
		List<DocumentParticipant> known = discovered;
		if (known == null) {
			List<DocumentParticipant> found = new ArrayList<>();
			try {
				ServiceLoader.load(DocumentParticipant.class, Participants.class.getClassLoader()).forEach(found::add);
			} catch (ServiceConfigurationError e) {
				System.err.println("OfficeBench: document participants: " + e.getMessage()); //$NON-NLS-1$
			}
			known = discovered = List.copyOf(found);
		}
		return known;
	}
}
