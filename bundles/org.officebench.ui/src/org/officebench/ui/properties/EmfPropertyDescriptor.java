package org.officebench.ui.properties;

import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.officebench.model.DocumentStatus;
import org.officebench.model.OfficeBenchPackage;
import org.officebench.ui.DocumentLabels;
import org.officebench.ui.internal.Messages;

/**
 * One property of a model object, described by its EMF.Edit {@link IItemPropertyDescriptor}: text cells for
 * data values, a drop-down list for enumerations, booleans and references; read-only when EMF says so.
 */
public class EmfPropertyDescriptor implements IPropertyDescriptor {

	private static final String DATE_TIME = "yyyy-MM-dd HH:mm"; //$NON-NLS-1$
	private static final String DATE = "yyyy-MM-dd"; //$NON-NLS-1$

	/** Kept by the application, shown but not edited: ids, the model version, the created and modified times. */
	/**
	 * Bookkeeping, and a 件's class and numbers: changing 年度, 保管期限 or 机构 moves the 件 to another class with a new
	 * 件号 and 档号, which the catalogue table does (调整分类); a plain set here would leave a wrong 档号.
	 */
	private static final Set<EStructuralFeature> READ_ONLY = Set.of(OfficeBenchPackage.Literals.DOCUMENT__MODEL_VERSION,
			OfficeBenchPackage.Literals.DOCUMENT__CREATED, OfficeBenchPackage.Literals.DOCUMENT__MODIFIED,
			OfficeBenchPackage.Literals.ARCHIVE_ITEM__YEAR, OfficeBenchPackage.Literals.ARCHIVE_ITEM__RETENTION,
			OfficeBenchPackage.Literals.ARCHIVE_ITEM__ORGANIZATION_CODE, OfficeBenchPackage.Literals.ARCHIVE_ITEM__ITEM_NUMBER,
			OfficeBenchPackage.Literals.ARCHIVE_ITEM__ARCHIVAL_CODE);

	protected final Object object;
	protected final IItemPropertyDescriptor itemDescriptor;

	public EmfPropertyDescriptor(Object object, IItemPropertyDescriptor itemDescriptor) {
		this.object = object;
		this.itemDescriptor = itemDescriptor;
	}

	@Override
	public String getCategory() {
		return itemDescriptor.getCategory(object);
	}

	@Override
	public String getDescription() {
		return itemDescriptor.getDescription(object);
	}

	@Override
	public String getDisplayName() {
		return itemDescriptor.getDisplayName(object);
	}

	@Override
	public String[] getFilterFlags() {
		return itemDescriptor.getFilterFlags(object);
	}

	@Override
	public Object getHelpContextIds() {
		return itemDescriptor.getHelpContextIds(object);
	}

	@Override
	public Object getId() {
		return itemDescriptor.getId(object);
	}

	@Override
	public boolean isCompatibleWith(IPropertyDescriptor other) {
		return false;
	}

	private EStructuralFeature feature() {
		return itemDescriptor.getFeature(object) instanceof EStructuralFeature feature ? feature : null;
	}

	@Override
	public ILabelProvider getLabelProvider() {
		IItemLabelProvider itemLabels = itemDescriptor.getLabelProvider(object);
		return new LabelProvider() {
			@Override
			public String getText(Object element) {
				return text(element, itemLabels);
			}
		};
	}

	/** How a value of this property reads: localized statuses, dates without seconds, tags on one line. */
	protected String text(Object value, IItemLabelProvider itemLabels) {
		if (value == null) {
			return ""; //$NON-NLS-1$
		}
		if (value instanceof DocumentStatus status) {
			return DocumentLabels.status(status);
		}
		if (value instanceof Date date) {
			return DocumentLabels.date(date);
		}
		if (value instanceof Boolean flag) {
			return flag ? Messages.Value_yes : Messages.Value_no;
		}
		if (value instanceof Collection<?> values) {
			List<String> texts = new ArrayList<>();
			for (Object each : values) {
				texts.add(text(each, itemLabels));
			}
			return DocumentLabels.tags(texts);
		}
		if (value instanceof String string) {
			return string;
		}
		String text = itemLabels == null ? null : itemLabels.getText(value);
		return text == null ? String.valueOf(value) : text;
	}

	@Override
	public CellEditor createPropertyEditor(Composite parent) {
		EStructuralFeature feature = feature();
		if (feature == null || !itemDescriptor.canSetProperty(object) || isReadOnly(feature)) {
			return null;
		}
		IItemLabelProvider itemLabels = itemDescriptor.getLabelProvider(object);
		Collection<?> choices = itemDescriptor.getChoiceOfValues(object);
		if (feature.isMany()) {
			if (feature instanceof EAttribute attribute && attribute.getEAttributeType().getInstanceClass() == String.class) {
				return new ValueTextCellEditor(parent, value -> value instanceof Collection<?> c ? DocumentLabels.tags(c) : "", //$NON-NLS-1$
						DocumentLabels::parseTags, null);
			}
			return null; // lists of references are edited in the editors
		}
		if (feature instanceof EAttribute attribute) {
			EDataType type = attribute.getEAttributeType();
			if (type instanceof EEnum eEnum) {
				List<Object> values = new ArrayList<>();
				for (EEnumLiteral literal : eEnum.getELiterals()) {
					values.add(literal.getInstance());
				}
				return new ChoiceCellEditor(parent, values, value -> text(value, itemLabels));
			}
			Class<?> instanceClass = type.getInstanceClass();
			if (instanceClass == Boolean.class || instanceClass == boolean.class) {
				return new ChoiceCellEditor(parent, List.of(Boolean.TRUE, Boolean.FALSE), value -> text(value, itemLabels));
			}
			if (instanceClass == Date.class) {
				return new ValueTextCellEditor(parent, value -> value instanceof Date d ? new SimpleDateFormat(DATE_TIME).format(d) : "", //$NON-NLS-1$
						EmfPropertyDescriptor::parseDate, text -> {
							try {
								parseDate(text);
								return null;
							} catch (IllegalArgumentException e) {
								return Messages.Value_badDate;
							}
						});
			}
			if (choices != null && !choices.isEmpty()) {
				return new ChoiceCellEditor(parent, new ArrayList<>(choices), value -> text(value, itemLabels));
			}
			return new ValueTextCellEditor(parent, value -> value == null ? "" : EcoreUtil.convertToString(type, value), //$NON-NLS-1$
					text -> fromString(type, text), text -> {
						try {
							fromString(type, text);
							return null;
						} catch (RuntimeException e) {
							return Messages.Value_badValue;
						}
					});
		}
		if (choices != null) {
			List<Object> values = new ArrayList<>();
			if (!feature.isRequired()) {
				values.add(null);
			}
			for (Object choice : choices) {
				if (choice != null) {
					values.add(choice);
				}
			}
			return new ChoiceCellEditor(parent, values, value -> text(value, itemLabels));
		}
		return null;
	}

	/** Identifiers and the application's bookkeeping are not for the user to change. */
	protected boolean isReadOnly(EStructuralFeature feature) {
		return READ_ONLY.contains(feature) || feature instanceof EAttribute attribute && attribute.isID();
	}

	private static Object fromString(EDataType type, String text) {
		if (text.isEmpty() && type.getInstanceClass() != null && !type.getInstanceClass().isPrimitive()) {
			return type == EcorePackage.Literals.ESTRING ? "" : null; //$NON-NLS-1$
		}
		return EcoreUtil.createFromString(type, text.strip());
	}

	/** Reads {@code yyyy-MM-dd HH:mm} or {@code yyyy-MM-dd}; empty means no date. */
	static Date parseDate(String text) {
		String value = text.strip();
		if (value.isEmpty()) {
			return null;
		}
		for (String pattern : new String[] { DATE_TIME, DATE }) {
			SimpleDateFormat format = new SimpleDateFormat(pattern);
			format.setLenient(false);
			try {
				return format.parse(value);
			} catch (ParseException e) {
				// try the next pattern
			}
		}
		throw new IllegalArgumentException(value);
	}
}
