/**
 */
package org.officebench.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.officebench.model.MeetingMinutes;
import org.officebench.model.OfficeBenchPackage;

/**
 * This is the item provider adapter for a {@link org.officebench.model.MeetingMinutes} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class MeetingMinutesItemProvider extends DocumentItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MeetingMinutesItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addMeetingTypePropertyDescriptor(object);
			addMeetingDatePropertyDescriptor(object);
			addLocationPropertyDescriptor(object);
			addChairPropertyDescriptor(object);
			addRecorderPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Meeting Type feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMeetingTypePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MeetingMinutes_meetingType_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_MeetingMinutes_meetingType_feature", "_UI_MeetingMinutes_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 OfficeBenchPackage.Literals.MEETING_MINUTES__MEETING_TYPE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Meeting Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMeetingDatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MeetingMinutes_meetingDate_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_MeetingMinutes_meetingDate_feature", "_UI_MeetingMinutes_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 OfficeBenchPackage.Literals.MEETING_MINUTES__MEETING_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Location feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLocationPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MeetingMinutes_location_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_MeetingMinutes_location_feature", "_UI_MeetingMinutes_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 OfficeBenchPackage.Literals.MEETING_MINUTES__LOCATION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Chair feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addChairPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MeetingMinutes_chair_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_MeetingMinutes_chair_feature", "_UI_MeetingMinutes_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 OfficeBenchPackage.Literals.MEETING_MINUTES__CHAIR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Recorder feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRecorderPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MeetingMinutes_recorder_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_MeetingMinutes_recorder_feature", "_UI_MeetingMinutes_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 OfficeBenchPackage.Literals.MEETING_MINUTES__RECORDER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(OfficeBenchPackage.Literals.MEETING_MINUTES__ATTENDEES);
			childrenFeatures.add(OfficeBenchPackage.Literals.MEETING_MINUTES__AGENDA_ITEMS);
			childrenFeatures.add(OfficeBenchPackage.Literals.MEETING_MINUTES__DECISIONS);
			childrenFeatures.add(OfficeBenchPackage.Literals.MEETING_MINUTES__ACTION_ITEMS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns MeetingMinutes.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/MeetingMinutes")); //$NON-NLS-1$
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean shouldComposeCreationImage() {
		return true;
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((MeetingMinutes)object).getId();
		return label == null || label.length() == 0 ?
			getString("_UI_MeetingMinutes_type") : //$NON-NLS-1$
			getString("_UI_MeetingMinutes_type") + " " + label; //$NON-NLS-1$ //$NON-NLS-2$
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(MeetingMinutes.class)) {
			case OfficeBenchPackage.MEETING_MINUTES__MEETING_TYPE:
			case OfficeBenchPackage.MEETING_MINUTES__MEETING_DATE:
			case OfficeBenchPackage.MEETING_MINUTES__LOCATION:
			case OfficeBenchPackage.MEETING_MINUTES__CHAIR:
			case OfficeBenchPackage.MEETING_MINUTES__RECORDER:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case OfficeBenchPackage.MEETING_MINUTES__ATTENDEES:
			case OfficeBenchPackage.MEETING_MINUTES__AGENDA_ITEMS:
			case OfficeBenchPackage.MEETING_MINUTES__DECISIONS:
			case OfficeBenchPackage.MEETING_MINUTES__ACTION_ITEMS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

}
