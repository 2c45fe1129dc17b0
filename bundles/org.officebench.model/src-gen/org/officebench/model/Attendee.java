/**
 */
package org.officebench.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Attendee</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.officebench.model.Attendee#getName <em>Name</em>}</li>
 *   <li>{@link org.officebench.model.Attendee#getDepartment <em>Department</em>}</li>
 *   <li>{@link org.officebench.model.Attendee#getAttendance <em>Attendance</em>}</li>
 * </ul>
 *
 * @see org.officebench.model.OfficeBenchPackage#getAttendee()
 * @model
 * @generated
 */
public interface Attendee extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.officebench.model.OfficeBenchPackage#getAttendee_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.officebench.model.Attendee#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Department</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Department</em>' attribute.
	 * @see #setDepartment(String)
	 * @see org.officebench.model.OfficeBenchPackage#getAttendee_Department()
	 * @model
	 * @generated
	 */
	String getDepartment();

	/**
	 * Sets the value of the '{@link org.officebench.model.Attendee#getDepartment <em>Department</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Department</em>' attribute.
	 * @see #getDepartment()
	 * @generated
	 */
	void setDepartment(String value);

	/**
	 * Returns the value of the '<em><b>Attendance</b></em>' attribute.
	 * The literals are from the enumeration {@link org.officebench.model.Attendance}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attendance</em>' attribute.
	 * @see org.officebench.model.Attendance
	 * @see #setAttendance(Attendance)
	 * @see org.officebench.model.OfficeBenchPackage#getAttendee_Attendance()
	 * @model
	 * @generated
	 */
	Attendance getAttendance();

	/**
	 * Sets the value of the '{@link org.officebench.model.Attendee#getAttendance <em>Attendance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attendance</em>' attribute.
	 * @see org.officebench.model.Attendance
	 * @see #getAttendance()
	 * @generated
	 */
	void setAttendance(Attendance value);

} // Attendee
