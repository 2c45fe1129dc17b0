/**
 */
package org.officebench.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Retention Period</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.officebench.model.OfficeBenchPackage#getRetentionPeriod()
 * @model
 * @generated
 */
public enum RetentionPeriod implements Enumerator {
	/**
	 * The '<em><b>PERMANENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PERMANENT_VALUE
	 * @generated
	 * @ordered
	 */
	PERMANENT(0, "PERMANENT", "Y"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>YEARS 30</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YEARS_30_VALUE
	 * @generated
	 * @ordered
	 */
	YEARS_30(1, "YEARS_30", "D30"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>YEARS 10</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YEARS_10_VALUE
	 * @generated
	 * @ordered
	 */
	YEARS_10(2, "YEARS_10", "D10"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PERMANENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PERMANENT
	 * @model literal="Y"
	 * @generated
	 * @ordered
	 */
	public static final int PERMANENT_VALUE = 0;

	/**
	 * The '<em><b>YEARS 30</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YEARS_30
	 * @model literal="D30"
	 * @generated
	 * @ordered
	 */
	public static final int YEARS_30_VALUE = 1;

	/**
	 * The '<em><b>YEARS 10</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YEARS_10
	 * @model literal="D10"
	 * @generated
	 * @ordered
	 */
	public static final int YEARS_10_VALUE = 2;

	/**
	 * An array of all the '<em><b>Retention Period</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final RetentionPeriod[] VALUES_ARRAY =
		new RetentionPeriod[] {
			PERMANENT,
			YEARS_30,
			YEARS_10,
		};

	/**
	 * A public read-only list of all the '<em><b>Retention Period</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<RetentionPeriod> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Retention Period</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RetentionPeriod get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RetentionPeriod result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Retention Period</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RetentionPeriod getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RetentionPeriod result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Retention Period</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RetentionPeriod get(int value) {
		switch (value) {
			case PERMANENT_VALUE: return PERMANENT;
			case YEARS_30_VALUE: return YEARS_30;
			case YEARS_10_VALUE: return YEARS_10;
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
	private RetentionPeriod(int value, String name, String literal) {
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
	
} //RetentionPeriod
