package org.officebench.core.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.AdapterFactoryItemDelegator;
import org.eclipse.osgi.util.NLS;
import org.officebench.model.OfficeBenchPackage;
import org.officebench.model.provider.OfficeBenchEditPlugin;

/**
 * Compares a document with another state of it (read from the journal) and builds the one command that brings the
 * document to that state, with a line per change in the user's language. Kind-neutral: it walks the model reflectively.
 *
 * <p>Objects are paired by position when a list kept its shape, else by their id (when the class has one) or by equal
 * content; what stays unpaired is added or removed. Paired objects are compared feature by feature, so that only what
 * changed is set. References are carried over to the paired objects of the document.</p>
 */
final class ModelDiff {

	private static final int MAX_VALUE_LENGTH = 60;

	private final EditingDomain domain;
	private final AdapterFactoryItemDelegator labels;
	/** Journal object → the document's object it stands for. */
	private final Map<EObject, EObject> paired = new IdentityHashMap<>();
	private final List<EObject[]> pairs = new ArrayList<>();
	private final List<Command> structure = new ArrayList<>();
	private final List<Command> values = new ArrayList<>();
	private final List<String> changes = new ArrayList<>();

	private ModelDiff(EditingDomain domain) {
		this.domain = domain;
		this.labels = new AdapterFactoryItemDelegator(
				((org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain) domain).getAdapterFactory());
	}

	record Result(Command command, List<String> changes) {
	}

	/** @param journaled the other state: its objects are moved into the document when the command executes */
	static Result compare(EditingDomain domain, EObject current, EObject journaled) {
		ModelDiff diff = new ModelDiff(domain);
		diff.pair(current, journaled);
		for (EObject[] pair : List.copyOf(diff.pairs)) {
			diff.compareContainment(pair[0], pair[1]);
		}
		for (EObject[] pair : List.copyOf(diff.pairs)) {
			diff.compareValues(pair[0], pair[1]);
		}
		diff.redirectAddedReferences();
		CompoundCommand command = new CompoundCommand(CompoundCommand.MERGE_COMMAND_ALL, Messages.Journal_recoverCommand);
		diff.structure.forEach(command::append);
		diff.values.forEach(command::append);
		return new Result(command.isEmpty() ? null : command, List.copyOf(diff.changes));
	}

	private void pair(EObject current, EObject journaled) {
		paired.put(journaled, current);
		pairs.add(new EObject[] { current, journaled });
	}

	private static boolean compared(EStructuralFeature feature) {
		if (!feature.isChangeable() || feature.isDerived() || feature.isTransient()
				|| feature instanceof EReference reference && reference.isContainer()) {
			return false;
		}
		// Bookkeeping a save sets, not a change the user made.
		return feature != OfficeBenchPackage.Literals.DOCUMENT__MODIFIED
				&& feature != OfficeBenchPackage.Literals.DOCUMENT__MODEL_VERSION;
	}

	/** Pairs the children of a pair and sets the containment lists whose members changed. */
	private void compareContainment(EObject current, EObject journaled) {
		for (EReference reference : current.eClass().getEAllContainments()) {
			if (!compared(reference)) {
				continue;
			}
			List<EObject> now = list(current, reference);
			List<EObject> then = list(journaled, reference);
			List<EObject> result = new ArrayList<>(then.size());
			Map<EObject, EObject> matches = match(now, then);
			for (EObject other : then) {
				EObject mine = matches.get(other);
				result.add(mine != null ? mine : other);
				if (mine != null) {
					pair(mine, other);
					compareContainment(mine, other);
				}
			}
			boolean same = result.size() == now.size();
			for (int i = 0; same && i < result.size(); i++) {
				same = result.get(i) == now.get(i);
			}
			if (same) {
				continue;
			}
			for (EObject mine : now) {
				if (!matches.containsValue(mine)) {
					changes.add(NLS.bind(Messages.Journal_removed, path(current), text(mine)));
				}
			}
			for (EObject other : then) {
				if (!matches.containsKey(other)) {
					changes.add(NLS.bind(Messages.Journal_added, path(current), text(other)));
				}
			}
			if (result.size() == now.size() && matches.size() == now.size()) {
				changes.add(NLS.bind(Messages.Journal_moved, path(current), featureLabel(reference)));
			}
			Object value = reference.isMany() ? result : result.isEmpty() ? null : result.get(0);
			structure.add(SetCommand.create(domain, current, reference, value));
		}
	}

	/** Journal object → document object: by position when the list kept its shape, else by id, else by equal content. */
	private static Map<EObject, EObject> match(List<EObject> now, List<EObject> then) {
		Map<EObject, EObject> matches = new IdentityHashMap<>();
		boolean sameShape = now.size() == then.size();
		for (int i = 0; sameShape && i < now.size(); i++) {
			sameShape = now.get(i).eClass() == then.get(i).eClass() && Objects.equals(id(now.get(i)), id(then.get(i)));
		}
		if (sameShape) {
			for (int i = 0; i < now.size(); i++) {
				matches.put(then.get(i), now.get(i));
			}
			return matches;
		}
		Map<String, EObject> byId = new HashMap<>();
		for (EObject mine : now) {
			String id = id(mine);
			if (id != null) {
				byId.putIfAbsent(mine.eClass().getName() + '#' + id, mine);
			}
		}
		List<EObject> free = new ArrayList<>(now);
		for (EObject other : then) {
			String id = id(other);
			EObject mine = id == null ? null : byId.get(other.eClass().getName() + '#' + id);
			if (mine != null && free.remove(mine)) {
				matches.put(other, mine);
			}
		}
		for (EObject other : then) {
			if (matches.containsKey(other) || id(other) != null) {
				continue;
			}
			for (EObject mine : free) {
				if (id(mine) == null && EcoreUtil.equals(mine, other)) {
					matches.put(other, mine);
					free.remove(mine);
					break;
				}
			}
		}
		return matches;
	}

	private static String id(EObject object) {
		EAttribute id = object.eClass().getEIDAttribute();
		Object value = id == null ? null : object.eGet(id);
		return value == null ? null : value.toString();
	}

	/** Attributes and cross references of a pair. */
	private void compareValues(EObject current, EObject journaled) {
		for (EStructuralFeature feature : current.eClass().getEAllStructuralFeatures()) {
			if (!compared(feature) || feature instanceof EReference reference && reference.isContainment()) {
				continue;
			}
			if (feature.isMany()) {
				List<Object> now = new ArrayList<>((Collection<?>) current.eGet(feature));
				List<Object> then = new ArrayList<>();
				for (Object value : (Collection<?>) journaled.eGet(feature)) {
					then.add(inDocument(value));
				}
				if (!sameValues(feature, now, then)) {
					changes.add(NLS.bind(Messages.Journal_changed,
							new Object[] { path(current), featureLabel(feature), shown(now), shown(then) }));
					values.add(SetCommand.create(domain, current, feature, then));
				}
			} else {
				boolean unset = !journaled.eIsSet(feature);
				Object now = current.eGet(feature);
				Object then = unset ? null : inDocument(journaled.eGet(feature));
				if (unset ? current.eIsSet(feature) : !sameValue(feature, now, then)) {
					changes.add(NLS.bind(Messages.Journal_changed,
							new Object[] { path(current), featureLabel(feature), shown(now), shown(then) }));
					values.add(SetCommand.create(domain, current, feature, unset ? SetCommand.UNSET_VALUE : then));
				}
			}
		}
	}

	/** A referenced journal object stands for its document object, if it has one; else it is moved in itself. */
	private Object inDocument(Object value) {
		if (value instanceof EObject object) {
			EObject mine = paired.get(object);
			return mine != null ? mine : object;
		}
		return value;
	}

	private static boolean sameValues(EStructuralFeature feature, List<Object> now, List<Object> then) {
		if (now.size() != then.size()) {
			return false;
		}
		for (int i = 0; i < now.size(); i++) {
			if (!sameValue(feature, now.get(i), then.get(i))) {
				return false;
			}
		}
		return true;
	}

	private static boolean sameValue(EStructuralFeature feature, Object now, Object then) {
		return feature instanceof EReference ? now == then : Objects.equals(now, then);
	}

	/**
	 * Objects moved in from the journal may refer to journal objects that stand for document objects: they are
	 * pointed at the document's objects, by commands of the same recovery, before they are moved in.
	 */
	private void redirectAddedReferences() {
		List<Command> redirects = new ArrayList<>();
		for (EObject[] pair : pairs) {
			for (EReference reference : pair[1].eClass().getEAllContainments()) {
				if (!compared(reference)) {
					continue;
				}
				for (EObject child : list(pair[1], reference)) {
					if (!paired.containsKey(child)) {
						redirect(child, redirects);
						for (var contents = child.eAllContents(); contents.hasNext();) {
							redirect(contents.next(), redirects);
						}
					}
				}
			}
		}
		structure.addAll(0, redirects);
	}

	private void redirect(EObject added, List<Command> redirects) {
		for (EReference reference : added.eClass().getEAllReferences()) {
			if (reference.isContainment() || !compared(reference)) {
				continue;
			}
			if (reference.isMany()) {
				List<Object> targets = new ArrayList<>();
				boolean changed = false;
				for (Object target : (Collection<?>) added.eGet(reference)) {
					Object mine = inDocument(target);
					changed |= mine != target;
					targets.add(mine);
				}
				if (changed) {
					redirects.add(SetCommand.create(domain, added, reference, targets));
				}
			} else {
				Object target = added.eGet(reference);
				Object mine = inDocument(target);
				if (mine != target) {
					redirects.add(SetCommand.create(domain, added, reference, mine));
				}
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static List<EObject> list(EObject owner, EReference reference) {
		Object value = owner.eGet(reference);
		if (reference.isMany()) {
			return new ArrayList<>((List<EObject>) value);
		}
		return value == null ? new ArrayList<>() : new ArrayList<>(List.of((EObject) value));
	}

	/** "第一章 总则 › 第三条 › " for an object inside the document; empty for the document itself. */
	private String path(EObject object) {
		StringBuilder path = new StringBuilder();
		for (EObject at = object; at != null && at.eContainer() != null; at = at.eContainer()) {
			path.insert(0, text(at) + " \u203a "); //$NON-NLS-1$
		}
		return path.toString();
	}

	private String text(EObject object) {
		String text = labels.getText(object);
		return abbreviate(text == null || text.isBlank() ? object.eClass().getName() : text);
	}

	private static String featureLabel(EStructuralFeature feature) {
		try {
			return OfficeBenchEditPlugin.INSTANCE.getString(
					"_UI_" + feature.getEContainingClass().getName() + "_" + feature.getName() + "_feature"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		} catch (MissingResourceException e) {
			return feature.getName();
		}
	}

	private String shown(Object value) {
		if (value == null || value instanceof String s && s.isEmpty() || value instanceof Collection<?> c && c.isEmpty()) {
			return Messages.Journal_empty;
		}
		if (value instanceof Collection<?> collection) {
			List<String> parts = new ArrayList<>();
			for (Object element : collection) {
				parts.add(shown(element));
			}
			return abbreviate(String.join("\u3001", parts)); //$NON-NLS-1$
		}
		if (value instanceof EObject object) {
			return text(object);
		}
		if (value instanceof Enumerator literal) {
			try {
				return OfficeBenchEditPlugin.INSTANCE.getString(
						"_UI_" + literal.getClass().getSimpleName() + "_" + literal.getName() + "_literal"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			} catch (MissingResourceException e) {
				return literal.getLiteral();
			}
		}
		if (value instanceof java.util.Date date) {
			return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm") //$NON-NLS-1$
					.format(date.toInstant().atZone(java.time.ZoneId.systemDefault()));
		}
		return abbreviate(String.valueOf(value));
	}

	private static String abbreviate(String text) {
		String line = text.replaceAll("\\s+", " ").trim(); //$NON-NLS-1$ //$NON-NLS-2$
		return line.length() <= MAX_VALUE_LENGTH ? line : line.substring(0, MAX_VALUE_LENGTH - 1) + "\u2026"; //$NON-NLS-1$
	}
}
