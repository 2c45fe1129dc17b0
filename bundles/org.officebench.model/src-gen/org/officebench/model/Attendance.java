/**
 */
package org.officebench.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Attendance</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.officebench.model.OfficeBenchPackage#getAttendance()
 * @model
 * @generated
 */
public enum Attendance implements Enumerator {
	/**
	 * The '<em><b>PRESENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRESENT_VALUE
	 * @generated
	 * @ordered
	 */
	PRESENT(0, "PRESENT", "present"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>IN ATTENDANCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IN_ATTENDANCE_VALUE
	 * @generated
	 * @ordered
	 */
	IN_ATTENDANCE(1, "IN_ATTENDANCE", "inAttendance"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>EXCUSED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXCUSED_VALUE
	 * @generated
	 * @ordered
	 */
	EXCUSED(2, "EXCUSED", "excused"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>ABSENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ABSENT_VALUE
	 * @generated
	 * @ordered
	 */
	ABSENT(3, "ABSENT", "absent"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PRESENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRESENT
	 * @model literal="present"
	 * @generated
	 * @ordered
	 */
	public static final int PRESENT_VALUE = 0;

	/**
	 * The '<em><b>IN ATTENDANCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IN_ATTENDANCE
	 * @model literal="inAttendance"
	 * @generated
	 * @ordered
	 */
	public static final int IN_ATTENDANCE_VALUE = 1;

	/**
	 * The '<em><b>EXCUSED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXCUSED
	 * @model literal="excused"
	 * @generated
	 * @ordered
	 */
	public static final int EXCUSED_VALUE = 2;

	/**
	 * The '<em><b>ABSENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ABSENT
	 * @model literal="absent"
	 * @generated
	 * @ordered
	 */
	public static final int ABSENT_VALUE = 3;

	/**
	 * An array of all the '<em><b>Attendance</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Attendance[] VALUES_ARRAY =
		new Attendance[] {
			PRESENT,
			IN_ATTENDANCE,
			EXCUSED,
			ABSENT,
		};

	/**
	 * A public read-only list of all the '<em><b>Attendance</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Attendance> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Attendance</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Attendance get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Attendance result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Attendance</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Attendance getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Attendance result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Attendance</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Attendance get(int value) {
		switch (value) {
			case PRESENT_VALUE: return PRESENT;
			case IN_ATTENDANCE_VALUE: return IN_ATTENDANCE;
			case EXCUSED_VALUE: return EXCUSED;
			case ABSENT_VALUE: return ABSENT;
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
	private Attendance(int value, String name, String literal) {
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
	
} //Attendance
