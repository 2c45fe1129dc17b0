/**
 */
package org.officebench.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Classification Order</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.officebench.model.OfficeBenchPackage#getClassificationOrder()
 * @model
 * @generated
 */
public enum ClassificationOrder implements Enumerator {
	/**
	 * The '<em><b>YEAR ORG RETENTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YEAR_ORG_RETENTION_VALUE
	 * @generated
	 * @ordered
	 */
	YEAR_ORG_RETENTION(0, "YEAR_ORG_RETENTION", "year-org-retention"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>YEAR RETENTION ORG</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YEAR_RETENTION_ORG_VALUE
	 * @generated
	 * @ordered
	 */
	YEAR_RETENTION_ORG(1, "YEAR_RETENTION_ORG", "year-retention-org"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>YEAR ORG RETENTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YEAR_ORG_RETENTION
	 * @model literal="year-org-retention"
	 * @generated
	 * @ordered
	 */
	public static final int YEAR_ORG_RETENTION_VALUE = 0;

	/**
	 * The '<em><b>YEAR RETENTION ORG</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YEAR_RETENTION_ORG
	 * @model literal="year-retention-org"
	 * @generated
	 * @ordered
	 */
	public static final int YEAR_RETENTION_ORG_VALUE = 1;

	/**
	 * An array of all the '<em><b>Classification Order</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ClassificationOrder[] VALUES_ARRAY =
		new ClassificationOrder[] {
			YEAR_ORG_RETENTION,
			YEAR_RETENTION_ORG,
		};

	/**
	 * A public read-only list of all the '<em><b>Classification Order</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ClassificationOrder> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Classification Order</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ClassificationOrder get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ClassificationOrder result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Classification Order</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ClassificationOrder getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ClassificationOrder result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Classification Order</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ClassificationOrder get(int value) {
		switch (value) {
			case YEAR_ORG_RETENTION_VALUE: return YEAR_ORG_RETENTION;
			case YEAR_RETENTION_ORG_VALUE: return YEAR_RETENTION_ORG;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private ClassificationOrder(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //ClassificationOrder
