/**
 */
package org.officebench.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The OfficeBench document model. Every file in a repository holds one Document. The nsURI stays stable; Document.modelVersion says which schema revision wrote the file so that core can migrate it on load.
 * <!-- end-model-doc -->
 * @see org.officebench.model.OfficeBenchFactory
 * @model kind="package"
 * @generated
 */
public interface OfficeBenchPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model"; //$NON-NLS-1$

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://officebench.org/model/1.0"; //$NON-NLS-1$

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "ob"; //$NON-NLS-1$

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	OfficeBenchPackage eINSTANCE = org.officebench.model.impl.OfficeBenchPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.officebench.model.impl.DocumentImpl <em>Document</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.officebench.model.impl.DocumentImpl
	 * @see org.officebench.model.impl.OfficeBenchPackageImpl#getDocument()
	 * @generated
	 */
	int DOCUMENT = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__ID = 0;

	/**
	 * The feature id for the '<em><b>Model Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__MODEL_VERSION = 1;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__TITLE = 2;

	/**
	 * The feature id for the '<em><b>Document Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__DOCUMENT_NUMBER = 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__STATUS = 4;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__AUTHOR = 5;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__OWNER = 6;

	/**
	 * The feature id for the '<em><b>Department</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__DEPARTMENT = 7;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__CREATED = 8;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__MODIFIED = 9;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__TAGS = 10;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__DESCRIPTION = 11;

	/**
	 * The feature id for the '<em><b>Attachments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__ATTACHMENTS = 12;

	/**
	 * The number of structural features of the '<em>Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_FEATURE_COUNT = 13;

	/**
	 * The number of operations of the '<em>Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.officebench.model.impl.StoredFileImpl <em>Stored File</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.officebench.model.impl.StoredFileImpl
	 * @see org.officebench.model.impl.OfficeBenchPackageImpl#getStoredFile()
	 * @generated
	 */
	int STORED_FILE = 1;

	/**
	 * The feature id for the '<em><b>File Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORED_FILE__FILE_NAME = 0;

	/**
	 * The feature id for the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORED_FILE__SHA256 = 1;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORED_FILE__SIZE = 2;

	/**
	 * The feature id for the '<em><b>Media Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORED_FILE__MEDIA_TYPE = 3;

	/**
	 * The feature id for the '<em><b>Added</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORED_FILE__ADDED = 4;

	/**
	 * The feature id for the '<em><b>Sm3</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORED_FILE__SM3 = 5;

	/**
	 * The number of structural features of the '<em>Stored File</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORED_FILE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Stored File</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORED_FILE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.officebench.model.impl.PolicyDocumentImpl <em>Policy Document</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.officebench.model.impl.PolicyDocumentImpl
	 * @see org.officebench.model.impl.OfficeBenchPackageImpl#getPolicyDocument()
	 * @generated
	 */
	int POLICY_DOCUMENT = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_DOCUMENT__ID = DOCUMENT__ID;

	/**
	 * The feature id for the '<em><b>Model Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_DOCUMENT__MODEL_VERSION = DOCUMENT__MODEL_VERSION;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_DOCUMENT__TITLE = DOCUMENT__TITLE;

	/**
	 * The feature id for the '<em><b>Document Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_DOCUMENT__DOCUMENT_NUMBER = DOCUMENT__DOCUMENT_NUMBER;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_DOCUMENT__STATUS = DOCUMENT__STATUS;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_DOCUMENT__AUTHOR = DOCUMENT__AUTHOR;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_DOCUMENT__OWNER = DOCUMENT__OWNER;

	/**
	 * The feature id for the '<em><b>Department</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_DOCUMENT__DEPARTMENT = DOCUMENT__DEPARTMENT;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_DOCUMENT__CREATED = DOCUMENT__CREATED;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_DOCUMENT__MODIFIED = DOCUMENT__MODIFIED;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_DOCUMENT__TAGS = DOCUMENT__TAGS;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_DOCUMENT__DESCRIPTION = DOCUMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Attachments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_DOCUMENT__ATTACHMENTS = DOCUMENT__ATTACHMENTS;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_DOCUMENT__VERSION = DOCUMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Effective Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_DOCUMENT__EFFECTIVE_DATE = DOCUMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Chapters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_DOCUMENT__CHAPTERS = DOCUMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Policy Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_DOCUMENT_FEATURE_COUNT = DOCUMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Policy Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_DOCUMENT_OPERATION_COUNT = DOCUMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.officebench.model.impl.ChapterImpl <em>Chapter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.officebench.model.impl.ChapterImpl
	 * @see org.officebench.model.impl.OfficeBenchPackageImpl#getChapter()
	 * @generated
	 */
	int CHAPTER = 3;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHAPTER__TITLE = 0;

	/**
	 * The feature id for the '<em><b>Articles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHAPTER__ARTICLES = 1;

	/**
	 * The number of structural features of the '<em>Chapter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHAPTER_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Chapter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHAPTER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.officebench.model.impl.ArticleImpl <em>Article</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.officebench.model.impl.ArticleImpl
	 * @see org.officebench.model.impl.OfficeBenchPackageImpl#getArticle()
	 * @generated
	 */
	int ARTICLE = 4;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE__TEXT = 0;

	/**
	 * The number of structural features of the '<em>Article</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Article</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.officebench.model.impl.FlowchartImpl <em>Flowchart</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.officebench.model.impl.FlowchartImpl
	 * @see org.officebench.model.impl.OfficeBenchPackageImpl#getFlowchart()
	 * @generated
	 */
	int FLOWCHART = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOWCHART__ID = DOCUMENT__ID;

	/**
	 * The feature id for the '<em><b>Model Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOWCHART__MODEL_VERSION = DOCUMENT__MODEL_VERSION;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOWCHART__TITLE = DOCUMENT__TITLE;

	/**
	 * The feature id for the '<em><b>Document Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOWCHART__DOCUMENT_NUMBER = DOCUMENT__DOCUMENT_NUMBER;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOWCHART__STATUS = DOCUMENT__STATUS;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOWCHART__AUTHOR = DOCUMENT__AUTHOR;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOWCHART__OWNER = DOCUMENT__OWNER;

	/**
	 * The feature id for the '<em><b>Department</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOWCHART__DEPARTMENT = DOCUMENT__DEPARTMENT;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOWCHART__CREATED = DOCUMENT__CREATED;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOWCHART__MODIFIED = DOCUMENT__MODIFIED;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOWCHART__TAGS = DOCUMENT__TAGS;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOWCHART__DESCRIPTION = DOCUMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Attachments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOWCHART__ATTACHMENTS = DOCUMENT__ATTACHMENTS;

	/**
	 * The feature id for the '<em><b>Post</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOWCHART__POST = DOCUMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Lanes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOWCHART__LANES = DOCUMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOWCHART__STEPS = DOCUMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOWCHART__LINKS = DOCUMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Flowchart</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOWCHART_FEATURE_COUNT = DOCUMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Flowchart</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOWCHART_OPERATION_COUNT = DOCUMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.officebench.model.impl.LaneImpl <em>Lane</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.officebench.model.impl.LaneImpl
	 * @see org.officebench.model.impl.OfficeBenchPackageImpl#getLane()
	 * @generated
	 */
	int LANE = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LANE__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LANE__NAME = 1;

	/**
	 * The number of structural features of the '<em>Lane</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LANE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Lane</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LANE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.officebench.model.impl.StepImpl <em>Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.officebench.model.impl.StepImpl
	 * @see org.officebench.model.impl.OfficeBenchPackageImpl#getStep()
	 * @generated
	 */
	int STEP = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__NAME = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__KIND = 2;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__DESCRIPTION = 3;

	/**
	 * The feature id for the '<em><b>Lane</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__LANE = 4;

	/**
	 * The feature id for the '<em><b>Risks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__RISKS = 5;

	/**
	 * The number of structural features of the '<em>Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.officebench.model.impl.RiskPointImpl <em>Risk Point</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.officebench.model.impl.RiskPointImpl
	 * @see org.officebench.model.impl.OfficeBenchPackageImpl#getRiskPoint()
	 * @generated
	 */
	int RISK_POINT = 8;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_POINT__DESCRIPTION = 0;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_POINT__LEVEL = 1;

	/**
	 * The feature id for the '<em><b>Control</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_POINT__CONTROL = 2;

	/**
	 * The number of structural features of the '<em>Risk Point</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_POINT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Risk Point</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_POINT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.officebench.model.impl.LinkImpl <em>Link</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.officebench.model.impl.LinkImpl
	 * @see org.officebench.model.impl.OfficeBenchPackageImpl#getLink()
	 * @generated
	 */
	int LINK = 9;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__SOURCE = 0;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__TARGET = 1;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__LABEL = 2;

	/**
	 * The number of structural features of the '<em>Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.officebench.model.impl.MeetingMinutesImpl <em>Meeting Minutes</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.officebench.model.impl.MeetingMinutesImpl
	 * @see org.officebench.model.impl.OfficeBenchPackageImpl#getMeetingMinutes()
	 * @generated
	 */
	int MEETING_MINUTES = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_MINUTES__ID = DOCUMENT__ID;

	/**
	 * The feature id for the '<em><b>Model Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_MINUTES__MODEL_VERSION = DOCUMENT__MODEL_VERSION;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_MINUTES__TITLE = DOCUMENT__TITLE;

	/**
	 * The feature id for the '<em><b>Document Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_MINUTES__DOCUMENT_NUMBER = DOCUMENT__DOCUMENT_NUMBER;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_MINUTES__STATUS = DOCUMENT__STATUS;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_MINUTES__AUTHOR = DOCUMENT__AUTHOR;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_MINUTES__OWNER = DOCUMENT__OWNER;

	/**
	 * The feature id for the '<em><b>Department</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_MINUTES__DEPARTMENT = DOCUMENT__DEPARTMENT;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_MINUTES__CREATED = DOCUMENT__CREATED;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_MINUTES__MODIFIED = DOCUMENT__MODIFIED;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_MINUTES__TAGS = DOCUMENT__TAGS;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_MINUTES__DESCRIPTION = DOCUMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Attachments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_MINUTES__ATTACHMENTS = DOCUMENT__ATTACHMENTS;

	/**
	 * The feature id for the '<em><b>Meeting Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_MINUTES__MEETING_TYPE = DOCUMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Meeting Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_MINUTES__MEETING_DATE = DOCUMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_MINUTES__LOCATION = DOCUMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Chair</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_MINUTES__CHAIR = DOCUMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Recorder</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_MINUTES__RECORDER = DOCUMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Attendees</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_MINUTES__ATTENDEES = DOCUMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Agenda Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_MINUTES__AGENDA_ITEMS = DOCUMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Decisions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_MINUTES__DECISIONS = DOCUMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Action Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_MINUTES__ACTION_ITEMS = DOCUMENT_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Meeting Minutes</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_MINUTES_FEATURE_COUNT = DOCUMENT_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Meeting Minutes</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_MINUTES_OPERATION_COUNT = DOCUMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.officebench.model.impl.AttendeeImpl <em>Attendee</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.officebench.model.impl.AttendeeImpl
	 * @see org.officebench.model.impl.OfficeBenchPackageImpl#getAttendee()
	 * @generated
	 */
	int ATTENDEE = 11;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTENDEE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Department</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTENDEE__DEPARTMENT = 1;

	/**
	 * The feature id for the '<em><b>Attendance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTENDEE__ATTENDANCE = 2;

	/**
	 * The number of structural features of the '<em>Attendee</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTENDEE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Attendee</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTENDEE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.officebench.model.impl.AgendaItemImpl <em>Agenda Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.officebench.model.impl.AgendaItemImpl
	 * @see org.officebench.model.impl.OfficeBenchPackageImpl#getAgendaItem()
	 * @generated
	 */
	int AGENDA_ITEM = 12;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENDA_ITEM__TITLE = 0;

	/**
	 * The feature id for the '<em><b>Presenter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENDA_ITEM__PRESENTER = 1;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENDA_ITEM__NOTES = 2;

	/**
	 * The number of structural features of the '<em>Agenda Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENDA_ITEM_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Agenda Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENDA_ITEM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.officebench.model.impl.DecisionImpl <em>Decision</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.officebench.model.impl.DecisionImpl
	 * @see org.officebench.model.impl.OfficeBenchPackageImpl#getDecision()
	 * @generated
	 */
	int DECISION = 13;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION__TEXT = 0;

	/**
	 * The feature id for the '<em><b>Agenda Item</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION__AGENDA_ITEM = 1;

	/**
	 * The number of structural features of the '<em>Decision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Decision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.officebench.model.impl.ActionItemImpl <em>Action Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.officebench.model.impl.ActionItemImpl
	 * @see org.officebench.model.impl.OfficeBenchPackageImpl#getActionItem()
	 * @generated
	 */
	int ACTION_ITEM = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_ITEM__ID = 0;

	/**
	 * The feature id for the '<em><b>Task</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_ITEM__TASK = 1;

	/**
	 * The feature id for the '<em><b>Standard</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_ITEM__STANDARD = 2;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_ITEM__OWNER = 3;

	/**
	 * The feature id for the '<em><b>Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_ITEM__DEADLINE = 4;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_ITEM__STATUS = 5;

	/**
	 * The feature id for the '<em><b>Decision</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_ITEM__DECISION = 6;

	/**
	 * The feature id for the '<em><b>Follow Ups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_ITEM__FOLLOW_UPS = 7;

	/**
	 * The number of structural features of the '<em>Action Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_ITEM_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Action Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_ITEM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.officebench.model.impl.FollowUpImpl <em>Follow Up</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.officebench.model.impl.FollowUpImpl
	 * @see org.officebench.model.impl.OfficeBenchPackageImpl#getFollowUp()
	 * @generated
	 */
	int FOLLOW_UP = 15;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP__DATE = 0;

	/**
	 * The feature id for the '<em><b>Progress</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP__PROGRESS = 1;

	/**
	 * The number of structural features of the '<em>Follow Up</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Follow Up</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.officebench.model.impl.ArchiveCatalogueImpl <em>Archive Catalogue</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.officebench.model.impl.ArchiveCatalogueImpl
	 * @see org.officebench.model.impl.OfficeBenchPackageImpl#getArchiveCatalogue()
	 * @generated
	 */
	int ARCHIVE_CATALOGUE = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVE_CATALOGUE__ID = DOCUMENT__ID;

	/**
	 * The feature id for the '<em><b>Model Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVE_CATALOGUE__MODEL_VERSION = DOCUMENT__MODEL_VERSION;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVE_CATALOGUE__TITLE = DOCUMENT__TITLE;

	/**
	 * The feature id for the '<em><b>Document Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVE_CATALOGUE__DOCUMENT_NUMBER = DOCUMENT__DOCUMENT_NUMBER;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVE_CATALOGUE__STATUS = DOCUMENT__STATUS;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVE_CATALOGUE__AUTHOR = DOCUMENT__AUTHOR;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVE_CATALOGUE__OWNER = DOCUMENT__OWNER;

	/**
	 * The feature id for the '<em><b>Department</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVE_CATALOGUE__DEPARTMENT = DOCUMENT__DEPARTMENT;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVE_CATALOGUE__CREATED = DOCUMENT__CREATED;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVE_CATALOGUE__MODIFIED = DOCUMENT__MODIFIED;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVE_CATALOGUE__TAGS = DOCUMENT__TAGS;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVE_CATALOGUE__DESCRIPTION = DOCUMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Attachments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVE_CATALOGUE__ATTACHMENTS = DOCUMENT__ATTACHMENTS;

	/**
	 * The feature id for the '<em><b>Fonds Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVE_CATALOGUE__FONDS_CODE = DOCUMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Fonds Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVE_CATALOGUE__FONDS_NAME = DOCUMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Archival Code Pattern</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVE_CATALOGUE__ARCHIVAL_CODE_PATTERN = DOCUMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Category Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVE_CATALOGUE__CATEGORY_CODE = DOCUMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Classification Order</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVE_CATALOGUE__CLASSIFICATION_ORDER = DOCUMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Organizations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVE_CATALOGUE__ORGANIZATIONS = DOCUMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVE_CATALOGUE__ITEMS = DOCUMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Number Counters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVE_CATALOGUE__NUMBER_COUNTERS = DOCUMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Vacated Numbers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVE_CATALOGUE__VACATED_NUMBERS = DOCUMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Destruction Registers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVE_CATALOGUE__DESTRUCTION_REGISTERS = DOCUMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Retention Rules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVE_CATALOGUE__RETENTION_RULES = DOCUMENT_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Archive Catalogue</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVE_CATALOGUE_FEATURE_COUNT = DOCUMENT_FEATURE_COUNT + 11;

	/**
	 * The number of operations of the '<em>Archive Catalogue</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVE_CATALOGUE_OPERATION_COUNT = DOCUMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.officebench.model.impl.OrganizationImpl <em>Organization</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.officebench.model.impl.OrganizationImpl
	 * @see org.officebench.model.impl.OfficeBenchPackageImpl#getOrganization()
	 * @generated
	 */
	int ORGANIZATION = 17;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__CODE = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__NAME = 1;

	/**
	 * The number of structural features of the '<em>Organization</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Organization</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.officebench.model.impl.RetentionRuleImpl <em>Retention Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.officebench.model.impl.RetentionRuleImpl
	 * @see org.officebench.model.impl.OfficeBenchPackageImpl#getRetentionRule()
	 * @generated
	 */
	int RETENTION_RULE = 18;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETENTION_RULE__KIND = 0;

	/**
	 * The feature id for the '<em><b>Keywords</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETENTION_RULE__KEYWORDS = 1;

	/**
	 * The feature id for the '<em><b>Retention</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETENTION_RULE__RETENTION = 2;

	/**
	 * The number of structural features of the '<em>Retention Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETENTION_RULE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Retention Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETENTION_RULE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.officebench.model.impl.NumberCounterImpl <em>Number Counter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.officebench.model.impl.NumberCounterImpl
	 * @see org.officebench.model.impl.OfficeBenchPackageImpl#getNumberCounter()
	 * @generated
	 */
	int NUMBER_COUNTER = 19;

	/**
	 * The feature id for the '<em><b>Class Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMBER_COUNTER__CLASS_KEY = 0;

	/**
	 * The feature id for the '<em><b>Highest</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMBER_COUNTER__HIGHEST = 1;

	/**
	 * The number of structural features of the '<em>Number Counter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMBER_COUNTER_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Number Counter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMBER_COUNTER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.officebench.model.impl.VacatedNumberImpl <em>Vacated Number</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.officebench.model.impl.VacatedNumberImpl
	 * @see org.officebench.model.impl.OfficeBenchPackageImpl#getVacatedNumber()
	 * @generated
	 */
	int VACATED_NUMBER = 20;

	/**
	 * The feature id for the '<em><b>Class Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VACATED_NUMBER__CLASS_KEY = 0;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VACATED_NUMBER__NUMBER = 1;

	/**
	 * The feature id for the '<em><b>Archival Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VACATED_NUMBER__ARCHIVAL_CODE = 2;

	/**
	 * The feature id for the '<em><b>Moved To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VACATED_NUMBER__MOVED_TO = 3;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VACATED_NUMBER__DATE = 4;

	/**
	 * The number of structural features of the '<em>Vacated Number</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VACATED_NUMBER_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Vacated Number</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VACATED_NUMBER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.officebench.model.impl.AppraisalImpl <em>Appraisal</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.officebench.model.impl.AppraisalImpl
	 * @see org.officebench.model.impl.OfficeBenchPackageImpl#getAppraisal()
	 * @generated
	 */
	int APPRAISAL = 21;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPRAISAL__DATE = 0;

	/**
	 * The feature id for the '<em><b>Decision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPRAISAL__DECISION = 1;

	/**
	 * The feature id for the '<em><b>New Retention</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPRAISAL__NEW_RETENTION = 2;

	/**
	 * The feature id for the '<em><b>Appraisers</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPRAISAL__APPRAISERS = 3;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPRAISAL__REASON = 4;

	/**
	 * The number of structural features of the '<em>Appraisal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPRAISAL_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Appraisal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPRAISAL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.officebench.model.impl.LoanImpl <em>Loan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.officebench.model.impl.LoanImpl
	 * @see org.officebench.model.impl.OfficeBenchPackageImpl#getLoan()
	 * @generated
	 */
	int LOAN = 22;

	/**
	 * The feature id for the '<em><b>Borrower</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOAN__BORROWER = 0;

	/**
	 * The feature id for the '<em><b>Purpose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOAN__PURPOSE = 1;

	/**
	 * The feature id for the '<em><b>Lent On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOAN__LENT_ON = 2;

	/**
	 * The feature id for the '<em><b>Due On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOAN__DUE_ON = 3;

	/**
	 * The feature id for the '<em><b>Returned On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOAN__RETURNED_ON = 4;

	/**
	 * The number of structural features of the '<em>Loan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOAN_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Loan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOAN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.officebench.model.impl.DestructionRegisterImpl <em>Destruction Register</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.officebench.model.impl.DestructionRegisterImpl
	 * @see org.officebench.model.impl.OfficeBenchPackageImpl#getDestructionRegister()
	 * @generated
	 */
	int DESTRUCTION_REGISTER = 23;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESTRUCTION_REGISTER__NUMBER = 0;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESTRUCTION_REGISTER__DATE = 1;

	/**
	 * The feature id for the '<em><b>Signatories</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESTRUCTION_REGISTER__SIGNATORIES = 2;

	/**
	 * The feature id for the '<em><b>Items</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESTRUCTION_REGISTER__ITEMS = 3;

	/**
	 * The feature id for the '<em><b>Remarks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESTRUCTION_REGISTER__REMARKS = 4;

	/**
	 * The number of structural features of the '<em>Destruction Register</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESTRUCTION_REGISTER_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Destruction Register</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESTRUCTION_REGISTER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.officebench.model.impl.ArchiveItemImpl <em>Archive Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.officebench.model.impl.ArchiveItemImpl
	 * @see org.officebench.model.impl.OfficeBenchPackageImpl#getArchiveItem()
	 * @generated
	 */
	int ARCHIVE_ITEM = 24;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVE_ITEM__ID = 0;

	/**
	 * The feature id for the '<em><b>Archival Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVE_ITEM__ARCHIVAL_CODE = 1;

	/**
	 * The feature id for the '<em><b>Item Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVE_ITEM__ITEM_NUMBER = 2;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVE_ITEM__YEAR = 3;

	/**
	 * The feature id for the '<em><b>Retention</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVE_ITEM__RETENTION = 4;

	/**
	 * The feature id for the '<em><b>Organization Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVE_ITEM__ORGANIZATION_CODE = 5;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVE_ITEM__TITLE = 6;

	/**
	 * The feature id for the '<em><b>Responsible</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVE_ITEM__RESPONSIBLE = 7;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVE_ITEM__DATE = 8;

	/**
	 * The feature id for the '<em><b>Document Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVE_ITEM__DOCUMENT_NUMBER = 9;

	/**
	 * The feature id for the '<em><b>Security Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVE_ITEM__SECURITY_LEVEL = 10;

	/**
	 * The feature id for the '<em><b>Pages</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVE_ITEM__PAGES = 11;

	/**
	 * The feature id for the '<em><b>Remarks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVE_ITEM__REMARKS = 12;

	/**
	 * The feature id for the '<em><b>Source Document Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVE_ITEM__SOURCE_DOCUMENT_ID = 13;

	/**
	 * The feature id for the '<em><b>Files</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVE_ITEM__FILES = 14;

	/**
	 * The feature id for the '<em><b>Box Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVE_ITEM__BOX_NUMBER = 15;

	/**
	 * The feature id for the '<em><b>Destroyed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVE_ITEM__DESTROYED = 16;

	/**
	 * The feature id for the '<em><b>Destroyed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVE_ITEM__DESTROYED_ON = 17;

	/**
	 * The feature id for the '<em><b>Appraisals</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVE_ITEM__APPRAISALS = 18;

	/**
	 * The feature id for the '<em><b>Loans</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVE_ITEM__LOANS = 19;

	/**
	 * The number of structural features of the '<em>Archive Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVE_ITEM_FEATURE_COUNT = 20;

	/**
	 * The number of operations of the '<em>Archive Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVE_ITEM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.officebench.model.DocumentStatus <em>Document Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.officebench.model.DocumentStatus
	 * @see org.officebench.model.impl.OfficeBenchPackageImpl#getDocumentStatus()
	 * @generated
	 */
	int DOCUMENT_STATUS = 25;

	/**
	 * The meta object id for the '{@link org.officebench.model.RetentionPeriod <em>Retention Period</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.officebench.model.RetentionPeriod
	 * @see org.officebench.model.impl.OfficeBenchPackageImpl#getRetentionPeriod()
	 * @generated
	 */
	int RETENTION_PERIOD = 26;

	/**
	 * The meta object id for the '{@link org.officebench.model.SecurityLevel <em>Security Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.officebench.model.SecurityLevel
	 * @see org.officebench.model.impl.OfficeBenchPackageImpl#getSecurityLevel()
	 * @generated
	 */
	int SECURITY_LEVEL = 27;

	/**
	 * The meta object id for the '{@link org.officebench.model.RiskLevel <em>Risk Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.officebench.model.RiskLevel
	 * @see org.officebench.model.impl.OfficeBenchPackageImpl#getRiskLevel()
	 * @generated
	 */
	int RISK_LEVEL = 28;

	/**
	 * The meta object id for the '{@link org.officebench.model.StepKind <em>Step Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.officebench.model.StepKind
	 * @see org.officebench.model.impl.OfficeBenchPackageImpl#getStepKind()
	 * @generated
	 */
	int STEP_KIND = 29;

	/**
	 * The meta object id for the '{@link org.officebench.model.Attendance <em>Attendance</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.officebench.model.Attendance
	 * @see org.officebench.model.impl.OfficeBenchPackageImpl#getAttendance()
	 * @generated
	 */
	int ATTENDANCE = 30;

	/**
	 * The meta object id for the '{@link org.officebench.model.ActionStatus <em>Action Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.officebench.model.ActionStatus
	 * @see org.officebench.model.impl.OfficeBenchPackageImpl#getActionStatus()
	 * @generated
	 */
	int ACTION_STATUS = 31;

	/**
	 * The meta object id for the '{@link org.officebench.model.ClassificationOrder <em>Classification Order</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.officebench.model.ClassificationOrder
	 * @see org.officebench.model.impl.OfficeBenchPackageImpl#getClassificationOrder()
	 * @generated
	 */
	int CLASSIFICATION_ORDER = 32;

	/**
	 * The meta object id for the '{@link org.officebench.model.AppraisalDecision <em>Appraisal Decision</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.officebench.model.AppraisalDecision
	 * @see org.officebench.model.impl.OfficeBenchPackageImpl#getAppraisalDecision()
	 * @generated
	 */
	int APPRAISAL_DECISION = 33;


	/**
	 * Returns the meta object for class '{@link org.officebench.model.Document <em>Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Document</em>'.
	 * @see org.officebench.model.Document
	 * @generated
	 */
	EClass getDocument();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.Document#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.officebench.model.Document#getId()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.Document#getModelVersion <em>Model Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Model Version</em>'.
	 * @see org.officebench.model.Document#getModelVersion()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_ModelVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.Document#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.officebench.model.Document#getTitle()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.Document#getDocumentNumber <em>Document Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Document Number</em>'.
	 * @see org.officebench.model.Document#getDocumentNumber()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_DocumentNumber();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.Document#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.officebench.model.Document#getStatus()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.Document#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see org.officebench.model.Document#getAuthor()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_Author();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.Document#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner</em>'.
	 * @see org.officebench.model.Document#getOwner()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_Owner();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.Document#getDepartment <em>Department</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Department</em>'.
	 * @see org.officebench.model.Document#getDepartment()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_Department();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.Document#getCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see org.officebench.model.Document#getCreated()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_Created();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.Document#getModified <em>Modified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Modified</em>'.
	 * @see org.officebench.model.Document#getModified()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_Modified();

	/**
	 * Returns the meta object for the attribute list '{@link org.officebench.model.Document#getTags <em>Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Tags</em>'.
	 * @see org.officebench.model.Document#getTags()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_Tags();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.Document#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.officebench.model.Document#getDescription()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.officebench.model.Document#getAttachments <em>Attachments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Attachments</em>'.
	 * @see org.officebench.model.Document#getAttachments()
	 * @see #getDocument()
	 * @generated
	 */
	EReference getDocument_Attachments();

	/**
	 * Returns the meta object for class '{@link org.officebench.model.StoredFile <em>Stored File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Stored File</em>'.
	 * @see org.officebench.model.StoredFile
	 * @generated
	 */
	EClass getStoredFile();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.StoredFile#getFileName <em>File Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File Name</em>'.
	 * @see org.officebench.model.StoredFile#getFileName()
	 * @see #getStoredFile()
	 * @generated
	 */
	EAttribute getStoredFile_FileName();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.StoredFile#getSha256 <em>Sha256</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sha256</em>'.
	 * @see org.officebench.model.StoredFile#getSha256()
	 * @see #getStoredFile()
	 * @generated
	 */
	EAttribute getStoredFile_Sha256();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.StoredFile#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see org.officebench.model.StoredFile#getSize()
	 * @see #getStoredFile()
	 * @generated
	 */
	EAttribute getStoredFile_Size();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.StoredFile#getMediaType <em>Media Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Media Type</em>'.
	 * @see org.officebench.model.StoredFile#getMediaType()
	 * @see #getStoredFile()
	 * @generated
	 */
	EAttribute getStoredFile_MediaType();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.StoredFile#getAdded <em>Added</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Added</em>'.
	 * @see org.officebench.model.StoredFile#getAdded()
	 * @see #getStoredFile()
	 * @generated
	 */
	EAttribute getStoredFile_Added();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.StoredFile#getSm3 <em>Sm3</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sm3</em>'.
	 * @see org.officebench.model.StoredFile#getSm3()
	 * @see #getStoredFile()
	 * @generated
	 */
	EAttribute getStoredFile_Sm3();

	/**
	 * Returns the meta object for class '{@link org.officebench.model.PolicyDocument <em>Policy Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Policy Document</em>'.
	 * @see org.officebench.model.PolicyDocument
	 * @generated
	 */
	EClass getPolicyDocument();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.PolicyDocument#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.officebench.model.PolicyDocument#getVersion()
	 * @see #getPolicyDocument()
	 * @generated
	 */
	EAttribute getPolicyDocument_Version();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.PolicyDocument#getEffectiveDate <em>Effective Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Effective Date</em>'.
	 * @see org.officebench.model.PolicyDocument#getEffectiveDate()
	 * @see #getPolicyDocument()
	 * @generated
	 */
	EAttribute getPolicyDocument_EffectiveDate();

	/**
	 * Returns the meta object for the containment reference list '{@link org.officebench.model.PolicyDocument#getChapters <em>Chapters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Chapters</em>'.
	 * @see org.officebench.model.PolicyDocument#getChapters()
	 * @see #getPolicyDocument()
	 * @generated
	 */
	EReference getPolicyDocument_Chapters();

	/**
	 * Returns the meta object for class '{@link org.officebench.model.Chapter <em>Chapter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Chapter</em>'.
	 * @see org.officebench.model.Chapter
	 * @generated
	 */
	EClass getChapter();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.Chapter#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.officebench.model.Chapter#getTitle()
	 * @see #getChapter()
	 * @generated
	 */
	EAttribute getChapter_Title();

	/**
	 * Returns the meta object for the containment reference list '{@link org.officebench.model.Chapter#getArticles <em>Articles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Articles</em>'.
	 * @see org.officebench.model.Chapter#getArticles()
	 * @see #getChapter()
	 * @generated
	 */
	EReference getChapter_Articles();

	/**
	 * Returns the meta object for class '{@link org.officebench.model.Article <em>Article</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Article</em>'.
	 * @see org.officebench.model.Article
	 * @generated
	 */
	EClass getArticle();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.Article#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.officebench.model.Article#getText()
	 * @see #getArticle()
	 * @generated
	 */
	EAttribute getArticle_Text();

	/**
	 * Returns the meta object for class '{@link org.officebench.model.Flowchart <em>Flowchart</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Flowchart</em>'.
	 * @see org.officebench.model.Flowchart
	 * @generated
	 */
	EClass getFlowchart();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.Flowchart#getPost <em>Post</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Post</em>'.
	 * @see org.officebench.model.Flowchart#getPost()
	 * @see #getFlowchart()
	 * @generated
	 */
	EAttribute getFlowchart_Post();

	/**
	 * Returns the meta object for the containment reference list '{@link org.officebench.model.Flowchart#getLanes <em>Lanes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Lanes</em>'.
	 * @see org.officebench.model.Flowchart#getLanes()
	 * @see #getFlowchart()
	 * @generated
	 */
	EReference getFlowchart_Lanes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.officebench.model.Flowchart#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Steps</em>'.
	 * @see org.officebench.model.Flowchart#getSteps()
	 * @see #getFlowchart()
	 * @generated
	 */
	EReference getFlowchart_Steps();

	/**
	 * Returns the meta object for the containment reference list '{@link org.officebench.model.Flowchart#getLinks <em>Links</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Links</em>'.
	 * @see org.officebench.model.Flowchart#getLinks()
	 * @see #getFlowchart()
	 * @generated
	 */
	EReference getFlowchart_Links();

	/**
	 * Returns the meta object for class '{@link org.officebench.model.Lane <em>Lane</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Lane</em>'.
	 * @see org.officebench.model.Lane
	 * @generated
	 */
	EClass getLane();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.Lane#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.officebench.model.Lane#getId()
	 * @see #getLane()
	 * @generated
	 */
	EAttribute getLane_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.Lane#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.officebench.model.Lane#getName()
	 * @see #getLane()
	 * @generated
	 */
	EAttribute getLane_Name();

	/**
	 * Returns the meta object for class '{@link org.officebench.model.Step <em>Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Step</em>'.
	 * @see org.officebench.model.Step
	 * @generated
	 */
	EClass getStep();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.Step#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.officebench.model.Step#getId()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.Step#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.officebench.model.Step#getName()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.Step#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.officebench.model.Step#getKind()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.Step#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.officebench.model.Step#getDescription()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Description();

	/**
	 * Returns the meta object for the reference '{@link org.officebench.model.Step#getLane <em>Lane</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Lane</em>'.
	 * @see org.officebench.model.Step#getLane()
	 * @see #getStep()
	 * @generated
	 */
	EReference getStep_Lane();

	/**
	 * Returns the meta object for the containment reference list '{@link org.officebench.model.Step#getRisks <em>Risks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Risks</em>'.
	 * @see org.officebench.model.Step#getRisks()
	 * @see #getStep()
	 * @generated
	 */
	EReference getStep_Risks();

	/**
	 * Returns the meta object for class '{@link org.officebench.model.RiskPoint <em>Risk Point</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Risk Point</em>'.
	 * @see org.officebench.model.RiskPoint
	 * @generated
	 */
	EClass getRiskPoint();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.RiskPoint#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.officebench.model.RiskPoint#getDescription()
	 * @see #getRiskPoint()
	 * @generated
	 */
	EAttribute getRiskPoint_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.RiskPoint#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.officebench.model.RiskPoint#getLevel()
	 * @see #getRiskPoint()
	 * @generated
	 */
	EAttribute getRiskPoint_Level();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.RiskPoint#getControl <em>Control</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Control</em>'.
	 * @see org.officebench.model.RiskPoint#getControl()
	 * @see #getRiskPoint()
	 * @generated
	 */
	EAttribute getRiskPoint_Control();

	/**
	 * Returns the meta object for class '{@link org.officebench.model.Link <em>Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Link</em>'.
	 * @see org.officebench.model.Link
	 * @generated
	 */
	EClass getLink();

	/**
	 * Returns the meta object for the reference '{@link org.officebench.model.Link#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.officebench.model.Link#getSource()
	 * @see #getLink()
	 * @generated
	 */
	EReference getLink_Source();

	/**
	 * Returns the meta object for the reference '{@link org.officebench.model.Link#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.officebench.model.Link#getTarget()
	 * @see #getLink()
	 * @generated
	 */
	EReference getLink_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.Link#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.officebench.model.Link#getLabel()
	 * @see #getLink()
	 * @generated
	 */
	EAttribute getLink_Label();

	/**
	 * Returns the meta object for class '{@link org.officebench.model.MeetingMinutes <em>Meeting Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Meeting Minutes</em>'.
	 * @see org.officebench.model.MeetingMinutes
	 * @generated
	 */
	EClass getMeetingMinutes();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.MeetingMinutes#getMeetingType <em>Meeting Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Meeting Type</em>'.
	 * @see org.officebench.model.MeetingMinutes#getMeetingType()
	 * @see #getMeetingMinutes()
	 * @generated
	 */
	EAttribute getMeetingMinutes_MeetingType();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.MeetingMinutes#getMeetingDate <em>Meeting Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Meeting Date</em>'.
	 * @see org.officebench.model.MeetingMinutes#getMeetingDate()
	 * @see #getMeetingMinutes()
	 * @generated
	 */
	EAttribute getMeetingMinutes_MeetingDate();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.MeetingMinutes#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Location</em>'.
	 * @see org.officebench.model.MeetingMinutes#getLocation()
	 * @see #getMeetingMinutes()
	 * @generated
	 */
	EAttribute getMeetingMinutes_Location();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.MeetingMinutes#getChair <em>Chair</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Chair</em>'.
	 * @see org.officebench.model.MeetingMinutes#getChair()
	 * @see #getMeetingMinutes()
	 * @generated
	 */
	EAttribute getMeetingMinutes_Chair();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.MeetingMinutes#getRecorder <em>Recorder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recorder</em>'.
	 * @see org.officebench.model.MeetingMinutes#getRecorder()
	 * @see #getMeetingMinutes()
	 * @generated
	 */
	EAttribute getMeetingMinutes_Recorder();

	/**
	 * Returns the meta object for the containment reference list '{@link org.officebench.model.MeetingMinutes#getAttendees <em>Attendees</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Attendees</em>'.
	 * @see org.officebench.model.MeetingMinutes#getAttendees()
	 * @see #getMeetingMinutes()
	 * @generated
	 */
	EReference getMeetingMinutes_Attendees();

	/**
	 * Returns the meta object for the containment reference list '{@link org.officebench.model.MeetingMinutes#getAgendaItems <em>Agenda Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Agenda Items</em>'.
	 * @see org.officebench.model.MeetingMinutes#getAgendaItems()
	 * @see #getMeetingMinutes()
	 * @generated
	 */
	EReference getMeetingMinutes_AgendaItems();

	/**
	 * Returns the meta object for the containment reference list '{@link org.officebench.model.MeetingMinutes#getDecisions <em>Decisions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Decisions</em>'.
	 * @see org.officebench.model.MeetingMinutes#getDecisions()
	 * @see #getMeetingMinutes()
	 * @generated
	 */
	EReference getMeetingMinutes_Decisions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.officebench.model.MeetingMinutes#getActionItems <em>Action Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Action Items</em>'.
	 * @see org.officebench.model.MeetingMinutes#getActionItems()
	 * @see #getMeetingMinutes()
	 * @generated
	 */
	EReference getMeetingMinutes_ActionItems();

	/**
	 * Returns the meta object for class '{@link org.officebench.model.Attendee <em>Attendee</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Attendee</em>'.
	 * @see org.officebench.model.Attendee
	 * @generated
	 */
	EClass getAttendee();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.Attendee#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.officebench.model.Attendee#getName()
	 * @see #getAttendee()
	 * @generated
	 */
	EAttribute getAttendee_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.Attendee#getDepartment <em>Department</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Department</em>'.
	 * @see org.officebench.model.Attendee#getDepartment()
	 * @see #getAttendee()
	 * @generated
	 */
	EAttribute getAttendee_Department();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.Attendee#getAttendance <em>Attendance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attendance</em>'.
	 * @see org.officebench.model.Attendee#getAttendance()
	 * @see #getAttendee()
	 * @generated
	 */
	EAttribute getAttendee_Attendance();

	/**
	 * Returns the meta object for class '{@link org.officebench.model.AgendaItem <em>Agenda Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Agenda Item</em>'.
	 * @see org.officebench.model.AgendaItem
	 * @generated
	 */
	EClass getAgendaItem();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.AgendaItem#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.officebench.model.AgendaItem#getTitle()
	 * @see #getAgendaItem()
	 * @generated
	 */
	EAttribute getAgendaItem_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.AgendaItem#getPresenter <em>Presenter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Presenter</em>'.
	 * @see org.officebench.model.AgendaItem#getPresenter()
	 * @see #getAgendaItem()
	 * @generated
	 */
	EAttribute getAgendaItem_Presenter();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.AgendaItem#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.officebench.model.AgendaItem#getNotes()
	 * @see #getAgendaItem()
	 * @generated
	 */
	EAttribute getAgendaItem_Notes();

	/**
	 * Returns the meta object for class '{@link org.officebench.model.Decision <em>Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Decision</em>'.
	 * @see org.officebench.model.Decision
	 * @generated
	 */
	EClass getDecision();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.Decision#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.officebench.model.Decision#getText()
	 * @see #getDecision()
	 * @generated
	 */
	EAttribute getDecision_Text();

	/**
	 * Returns the meta object for the reference '{@link org.officebench.model.Decision#getAgendaItem <em>Agenda Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Agenda Item</em>'.
	 * @see org.officebench.model.Decision#getAgendaItem()
	 * @see #getDecision()
	 * @generated
	 */
	EReference getDecision_AgendaItem();

	/**
	 * Returns the meta object for class '{@link org.officebench.model.ActionItem <em>Action Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Action Item</em>'.
	 * @see org.officebench.model.ActionItem
	 * @generated
	 */
	EClass getActionItem();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.ActionItem#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.officebench.model.ActionItem#getId()
	 * @see #getActionItem()
	 * @generated
	 */
	EAttribute getActionItem_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.ActionItem#getTask <em>Task</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Task</em>'.
	 * @see org.officebench.model.ActionItem#getTask()
	 * @see #getActionItem()
	 * @generated
	 */
	EAttribute getActionItem_Task();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.ActionItem#getStandard <em>Standard</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Standard</em>'.
	 * @see org.officebench.model.ActionItem#getStandard()
	 * @see #getActionItem()
	 * @generated
	 */
	EAttribute getActionItem_Standard();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.ActionItem#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner</em>'.
	 * @see org.officebench.model.ActionItem#getOwner()
	 * @see #getActionItem()
	 * @generated
	 */
	EAttribute getActionItem_Owner();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.ActionItem#getDeadline <em>Deadline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deadline</em>'.
	 * @see org.officebench.model.ActionItem#getDeadline()
	 * @see #getActionItem()
	 * @generated
	 */
	EAttribute getActionItem_Deadline();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.ActionItem#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.officebench.model.ActionItem#getStatus()
	 * @see #getActionItem()
	 * @generated
	 */
	EAttribute getActionItem_Status();

	/**
	 * Returns the meta object for the reference '{@link org.officebench.model.ActionItem#getDecision <em>Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Decision</em>'.
	 * @see org.officebench.model.ActionItem#getDecision()
	 * @see #getActionItem()
	 * @generated
	 */
	EReference getActionItem_Decision();

	/**
	 * Returns the meta object for the containment reference list '{@link org.officebench.model.ActionItem#getFollowUps <em>Follow Ups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Follow Ups</em>'.
	 * @see org.officebench.model.ActionItem#getFollowUps()
	 * @see #getActionItem()
	 * @generated
	 */
	EReference getActionItem_FollowUps();

	/**
	 * Returns the meta object for class '{@link org.officebench.model.FollowUp <em>Follow Up</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Follow Up</em>'.
	 * @see org.officebench.model.FollowUp
	 * @generated
	 */
	EClass getFollowUp();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.FollowUp#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.officebench.model.FollowUp#getDate()
	 * @see #getFollowUp()
	 * @generated
	 */
	EAttribute getFollowUp_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.FollowUp#getProgress <em>Progress</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Progress</em>'.
	 * @see org.officebench.model.FollowUp#getProgress()
	 * @see #getFollowUp()
	 * @generated
	 */
	EAttribute getFollowUp_Progress();

	/**
	 * Returns the meta object for class '{@link org.officebench.model.ArchiveCatalogue <em>Archive Catalogue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Archive Catalogue</em>'.
	 * @see org.officebench.model.ArchiveCatalogue
	 * @generated
	 */
	EClass getArchiveCatalogue();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.ArchiveCatalogue#getFondsCode <em>Fonds Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fonds Code</em>'.
	 * @see org.officebench.model.ArchiveCatalogue#getFondsCode()
	 * @see #getArchiveCatalogue()
	 * @generated
	 */
	EAttribute getArchiveCatalogue_FondsCode();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.ArchiveCatalogue#getFondsName <em>Fonds Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fonds Name</em>'.
	 * @see org.officebench.model.ArchiveCatalogue#getFondsName()
	 * @see #getArchiveCatalogue()
	 * @generated
	 */
	EAttribute getArchiveCatalogue_FondsName();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.ArchiveCatalogue#getArchivalCodePattern <em>Archival Code Pattern</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Archival Code Pattern</em>'.
	 * @see org.officebench.model.ArchiveCatalogue#getArchivalCodePattern()
	 * @see #getArchiveCatalogue()
	 * @generated
	 */
	EAttribute getArchiveCatalogue_ArchivalCodePattern();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.ArchiveCatalogue#getCategoryCode <em>Category Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category Code</em>'.
	 * @see org.officebench.model.ArchiveCatalogue#getCategoryCode()
	 * @see #getArchiveCatalogue()
	 * @generated
	 */
	EAttribute getArchiveCatalogue_CategoryCode();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.ArchiveCatalogue#getClassificationOrder <em>Classification Order</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Classification Order</em>'.
	 * @see org.officebench.model.ArchiveCatalogue#getClassificationOrder()
	 * @see #getArchiveCatalogue()
	 * @generated
	 */
	EAttribute getArchiveCatalogue_ClassificationOrder();

	/**
	 * Returns the meta object for the containment reference list '{@link org.officebench.model.ArchiveCatalogue#getOrganizations <em>Organizations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Organizations</em>'.
	 * @see org.officebench.model.ArchiveCatalogue#getOrganizations()
	 * @see #getArchiveCatalogue()
	 * @generated
	 */
	EReference getArchiveCatalogue_Organizations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.officebench.model.ArchiveCatalogue#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see org.officebench.model.ArchiveCatalogue#getItems()
	 * @see #getArchiveCatalogue()
	 * @generated
	 */
	EReference getArchiveCatalogue_Items();

	/**
	 * Returns the meta object for the containment reference list '{@link org.officebench.model.ArchiveCatalogue#getNumberCounters <em>Number Counters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Number Counters</em>'.
	 * @see org.officebench.model.ArchiveCatalogue#getNumberCounters()
	 * @see #getArchiveCatalogue()
	 * @generated
	 */
	EReference getArchiveCatalogue_NumberCounters();

	/**
	 * Returns the meta object for the containment reference list '{@link org.officebench.model.ArchiveCatalogue#getVacatedNumbers <em>Vacated Numbers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Vacated Numbers</em>'.
	 * @see org.officebench.model.ArchiveCatalogue#getVacatedNumbers()
	 * @see #getArchiveCatalogue()
	 * @generated
	 */
	EReference getArchiveCatalogue_VacatedNumbers();

	/**
	 * Returns the meta object for the containment reference list '{@link org.officebench.model.ArchiveCatalogue#getDestructionRegisters <em>Destruction Registers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Destruction Registers</em>'.
	 * @see org.officebench.model.ArchiveCatalogue#getDestructionRegisters()
	 * @see #getArchiveCatalogue()
	 * @generated
	 */
	EReference getArchiveCatalogue_DestructionRegisters();

	/**
	 * Returns the meta object for the containment reference list '{@link org.officebench.model.ArchiveCatalogue#getRetentionRules <em>Retention Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Retention Rules</em>'.
	 * @see org.officebench.model.ArchiveCatalogue#getRetentionRules()
	 * @see #getArchiveCatalogue()
	 * @generated
	 */
	EReference getArchiveCatalogue_RetentionRules();

	/**
	 * Returns the meta object for class '{@link org.officebench.model.Organization <em>Organization</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Organization</em>'.
	 * @see org.officebench.model.Organization
	 * @generated
	 */
	EClass getOrganization();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.Organization#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.officebench.model.Organization#getCode()
	 * @see #getOrganization()
	 * @generated
	 */
	EAttribute getOrganization_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.Organization#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.officebench.model.Organization#getName()
	 * @see #getOrganization()
	 * @generated
	 */
	EAttribute getOrganization_Name();

	/**
	 * Returns the meta object for class '{@link org.officebench.model.RetentionRule <em>Retention Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Retention Rule</em>'.
	 * @see org.officebench.model.RetentionRule
	 * @generated
	 */
	EClass getRetentionRule();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.RetentionRule#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.officebench.model.RetentionRule#getKind()
	 * @see #getRetentionRule()
	 * @generated
	 */
	EAttribute getRetentionRule_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.RetentionRule#getKeywords <em>Keywords</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Keywords</em>'.
	 * @see org.officebench.model.RetentionRule#getKeywords()
	 * @see #getRetentionRule()
	 * @generated
	 */
	EAttribute getRetentionRule_Keywords();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.RetentionRule#getRetention <em>Retention</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Retention</em>'.
	 * @see org.officebench.model.RetentionRule#getRetention()
	 * @see #getRetentionRule()
	 * @generated
	 */
	EAttribute getRetentionRule_Retention();

	/**
	 * Returns the meta object for class '{@link org.officebench.model.NumberCounter <em>Number Counter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Number Counter</em>'.
	 * @see org.officebench.model.NumberCounter
	 * @generated
	 */
	EClass getNumberCounter();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.NumberCounter#getClassKey <em>Class Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Class Key</em>'.
	 * @see org.officebench.model.NumberCounter#getClassKey()
	 * @see #getNumberCounter()
	 * @generated
	 */
	EAttribute getNumberCounter_ClassKey();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.NumberCounter#getHighest <em>Highest</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Highest</em>'.
	 * @see org.officebench.model.NumberCounter#getHighest()
	 * @see #getNumberCounter()
	 * @generated
	 */
	EAttribute getNumberCounter_Highest();

	/**
	 * Returns the meta object for class '{@link org.officebench.model.VacatedNumber <em>Vacated Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Vacated Number</em>'.
	 * @see org.officebench.model.VacatedNumber
	 * @generated
	 */
	EClass getVacatedNumber();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.VacatedNumber#getClassKey <em>Class Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Class Key</em>'.
	 * @see org.officebench.model.VacatedNumber#getClassKey()
	 * @see #getVacatedNumber()
	 * @generated
	 */
	EAttribute getVacatedNumber_ClassKey();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.VacatedNumber#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.officebench.model.VacatedNumber#getNumber()
	 * @see #getVacatedNumber()
	 * @generated
	 */
	EAttribute getVacatedNumber_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.VacatedNumber#getArchivalCode <em>Archival Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Archival Code</em>'.
	 * @see org.officebench.model.VacatedNumber#getArchivalCode()
	 * @see #getVacatedNumber()
	 * @generated
	 */
	EAttribute getVacatedNumber_ArchivalCode();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.VacatedNumber#getMovedTo <em>Moved To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Moved To</em>'.
	 * @see org.officebench.model.VacatedNumber#getMovedTo()
	 * @see #getVacatedNumber()
	 * @generated
	 */
	EAttribute getVacatedNumber_MovedTo();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.VacatedNumber#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.officebench.model.VacatedNumber#getDate()
	 * @see #getVacatedNumber()
	 * @generated
	 */
	EAttribute getVacatedNumber_Date();

	/**
	 * Returns the meta object for class '{@link org.officebench.model.Appraisal <em>Appraisal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Appraisal</em>'.
	 * @see org.officebench.model.Appraisal
	 * @generated
	 */
	EClass getAppraisal();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.Appraisal#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.officebench.model.Appraisal#getDate()
	 * @see #getAppraisal()
	 * @generated
	 */
	EAttribute getAppraisal_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.Appraisal#getDecision <em>Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decision</em>'.
	 * @see org.officebench.model.Appraisal#getDecision()
	 * @see #getAppraisal()
	 * @generated
	 */
	EAttribute getAppraisal_Decision();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.Appraisal#getNewRetention <em>New Retention</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>New Retention</em>'.
	 * @see org.officebench.model.Appraisal#getNewRetention()
	 * @see #getAppraisal()
	 * @generated
	 */
	EAttribute getAppraisal_NewRetention();

	/**
	 * Returns the meta object for the attribute list '{@link org.officebench.model.Appraisal#getAppraisers <em>Appraisers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Appraisers</em>'.
	 * @see org.officebench.model.Appraisal#getAppraisers()
	 * @see #getAppraisal()
	 * @generated
	 */
	EAttribute getAppraisal_Appraisers();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.Appraisal#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.officebench.model.Appraisal#getReason()
	 * @see #getAppraisal()
	 * @generated
	 */
	EAttribute getAppraisal_Reason();

	/**
	 * Returns the meta object for class '{@link org.officebench.model.Loan <em>Loan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Loan</em>'.
	 * @see org.officebench.model.Loan
	 * @generated
	 */
	EClass getLoan();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.Loan#getBorrower <em>Borrower</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Borrower</em>'.
	 * @see org.officebench.model.Loan#getBorrower()
	 * @see #getLoan()
	 * @generated
	 */
	EAttribute getLoan_Borrower();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.Loan#getPurpose <em>Purpose</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Purpose</em>'.
	 * @see org.officebench.model.Loan#getPurpose()
	 * @see #getLoan()
	 * @generated
	 */
	EAttribute getLoan_Purpose();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.Loan#getLentOn <em>Lent On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lent On</em>'.
	 * @see org.officebench.model.Loan#getLentOn()
	 * @see #getLoan()
	 * @generated
	 */
	EAttribute getLoan_LentOn();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.Loan#getDueOn <em>Due On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Due On</em>'.
	 * @see org.officebench.model.Loan#getDueOn()
	 * @see #getLoan()
	 * @generated
	 */
	EAttribute getLoan_DueOn();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.Loan#getReturnedOn <em>Returned On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Returned On</em>'.
	 * @see org.officebench.model.Loan#getReturnedOn()
	 * @see #getLoan()
	 * @generated
	 */
	EAttribute getLoan_ReturnedOn();

	/**
	 * Returns the meta object for class '{@link org.officebench.model.DestructionRegister <em>Destruction Register</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Destruction Register</em>'.
	 * @see org.officebench.model.DestructionRegister
	 * @generated
	 */
	EClass getDestructionRegister();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.DestructionRegister#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.officebench.model.DestructionRegister#getNumber()
	 * @see #getDestructionRegister()
	 * @generated
	 */
	EAttribute getDestructionRegister_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.DestructionRegister#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.officebench.model.DestructionRegister#getDate()
	 * @see #getDestructionRegister()
	 * @generated
	 */
	EAttribute getDestructionRegister_Date();

	/**
	 * Returns the meta object for the attribute list '{@link org.officebench.model.DestructionRegister#getSignatories <em>Signatories</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Signatories</em>'.
	 * @see org.officebench.model.DestructionRegister#getSignatories()
	 * @see #getDestructionRegister()
	 * @generated
	 */
	EAttribute getDestructionRegister_Signatories();

	/**
	 * Returns the meta object for the reference list '{@link org.officebench.model.DestructionRegister#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Items</em>'.
	 * @see org.officebench.model.DestructionRegister#getItems()
	 * @see #getDestructionRegister()
	 * @generated
	 */
	EReference getDestructionRegister_Items();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.DestructionRegister#getRemarks <em>Remarks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Remarks</em>'.
	 * @see org.officebench.model.DestructionRegister#getRemarks()
	 * @see #getDestructionRegister()
	 * @generated
	 */
	EAttribute getDestructionRegister_Remarks();

	/**
	 * Returns the meta object for class '{@link org.officebench.model.ArchiveItem <em>Archive Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Archive Item</em>'.
	 * @see org.officebench.model.ArchiveItem
	 * @generated
	 */
	EClass getArchiveItem();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.ArchiveItem#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.officebench.model.ArchiveItem#getId()
	 * @see #getArchiveItem()
	 * @generated
	 */
	EAttribute getArchiveItem_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.ArchiveItem#getArchivalCode <em>Archival Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Archival Code</em>'.
	 * @see org.officebench.model.ArchiveItem#getArchivalCode()
	 * @see #getArchiveItem()
	 * @generated
	 */
	EAttribute getArchiveItem_ArchivalCode();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.ArchiveItem#getItemNumber <em>Item Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Item Number</em>'.
	 * @see org.officebench.model.ArchiveItem#getItemNumber()
	 * @see #getArchiveItem()
	 * @generated
	 */
	EAttribute getArchiveItem_ItemNumber();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.ArchiveItem#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see org.officebench.model.ArchiveItem#getYear()
	 * @see #getArchiveItem()
	 * @generated
	 */
	EAttribute getArchiveItem_Year();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.ArchiveItem#getRetention <em>Retention</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Retention</em>'.
	 * @see org.officebench.model.ArchiveItem#getRetention()
	 * @see #getArchiveItem()
	 * @generated
	 */
	EAttribute getArchiveItem_Retention();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.ArchiveItem#getOrganizationCode <em>Organization Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Organization Code</em>'.
	 * @see org.officebench.model.ArchiveItem#getOrganizationCode()
	 * @see #getArchiveItem()
	 * @generated
	 */
	EAttribute getArchiveItem_OrganizationCode();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.ArchiveItem#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.officebench.model.ArchiveItem#getTitle()
	 * @see #getArchiveItem()
	 * @generated
	 */
	EAttribute getArchiveItem_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.ArchiveItem#getResponsible <em>Responsible</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Responsible</em>'.
	 * @see org.officebench.model.ArchiveItem#getResponsible()
	 * @see #getArchiveItem()
	 * @generated
	 */
	EAttribute getArchiveItem_Responsible();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.ArchiveItem#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.officebench.model.ArchiveItem#getDate()
	 * @see #getArchiveItem()
	 * @generated
	 */
	EAttribute getArchiveItem_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.ArchiveItem#getDocumentNumber <em>Document Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Document Number</em>'.
	 * @see org.officebench.model.ArchiveItem#getDocumentNumber()
	 * @see #getArchiveItem()
	 * @generated
	 */
	EAttribute getArchiveItem_DocumentNumber();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.ArchiveItem#getSecurityLevel <em>Security Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Security Level</em>'.
	 * @see org.officebench.model.ArchiveItem#getSecurityLevel()
	 * @see #getArchiveItem()
	 * @generated
	 */
	EAttribute getArchiveItem_SecurityLevel();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.ArchiveItem#getPages <em>Pages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pages</em>'.
	 * @see org.officebench.model.ArchiveItem#getPages()
	 * @see #getArchiveItem()
	 * @generated
	 */
	EAttribute getArchiveItem_Pages();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.ArchiveItem#getRemarks <em>Remarks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Remarks</em>'.
	 * @see org.officebench.model.ArchiveItem#getRemarks()
	 * @see #getArchiveItem()
	 * @generated
	 */
	EAttribute getArchiveItem_Remarks();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.ArchiveItem#getSourceDocumentId <em>Source Document Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Document Id</em>'.
	 * @see org.officebench.model.ArchiveItem#getSourceDocumentId()
	 * @see #getArchiveItem()
	 * @generated
	 */
	EAttribute getArchiveItem_SourceDocumentId();

	/**
	 * Returns the meta object for the containment reference list '{@link org.officebench.model.ArchiveItem#getFiles <em>Files</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Files</em>'.
	 * @see org.officebench.model.ArchiveItem#getFiles()
	 * @see #getArchiveItem()
	 * @generated
	 */
	EReference getArchiveItem_Files();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.ArchiveItem#getBoxNumber <em>Box Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Box Number</em>'.
	 * @see org.officebench.model.ArchiveItem#getBoxNumber()
	 * @see #getArchiveItem()
	 * @generated
	 */
	EAttribute getArchiveItem_BoxNumber();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.ArchiveItem#isDestroyed <em>Destroyed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Destroyed</em>'.
	 * @see org.officebench.model.ArchiveItem#isDestroyed()
	 * @see #getArchiveItem()
	 * @generated
	 */
	EAttribute getArchiveItem_Destroyed();

	/**
	 * Returns the meta object for the attribute '{@link org.officebench.model.ArchiveItem#getDestroyedOn <em>Destroyed On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Destroyed On</em>'.
	 * @see org.officebench.model.ArchiveItem#getDestroyedOn()
	 * @see #getArchiveItem()
	 * @generated
	 */
	EAttribute getArchiveItem_DestroyedOn();

	/**
	 * Returns the meta object for the containment reference list '{@link org.officebench.model.ArchiveItem#getAppraisals <em>Appraisals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Appraisals</em>'.
	 * @see org.officebench.model.ArchiveItem#getAppraisals()
	 * @see #getArchiveItem()
	 * @generated
	 */
	EReference getArchiveItem_Appraisals();

	/**
	 * Returns the meta object for the containment reference list '{@link org.officebench.model.ArchiveItem#getLoans <em>Loans</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Loans</em>'.
	 * @see org.officebench.model.ArchiveItem#getLoans()
	 * @see #getArchiveItem()
	 * @generated
	 */
	EReference getArchiveItem_Loans();

	/**
	 * Returns the meta object for enum '{@link org.officebench.model.DocumentStatus <em>Document Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Document Status</em>'.
	 * @see org.officebench.model.DocumentStatus
	 * @generated
	 */
	EEnum getDocumentStatus();

	/**
	 * Returns the meta object for enum '{@link org.officebench.model.RetentionPeriod <em>Retention Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Retention Period</em>'.
	 * @see org.officebench.model.RetentionPeriod
	 * @generated
	 */
	EEnum getRetentionPeriod();

	/**
	 * Returns the meta object for enum '{@link org.officebench.model.SecurityLevel <em>Security Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Security Level</em>'.
	 * @see org.officebench.model.SecurityLevel
	 * @generated
	 */
	EEnum getSecurityLevel();

	/**
	 * Returns the meta object for enum '{@link org.officebench.model.RiskLevel <em>Risk Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Risk Level</em>'.
	 * @see org.officebench.model.RiskLevel
	 * @generated
	 */
	EEnum getRiskLevel();

	/**
	 * Returns the meta object for enum '{@link org.officebench.model.StepKind <em>Step Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Step Kind</em>'.
	 * @see org.officebench.model.StepKind
	 * @generated
	 */
	EEnum getStepKind();

	/**
	 * Returns the meta object for enum '{@link org.officebench.model.Attendance <em>Attendance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Attendance</em>'.
	 * @see org.officebench.model.Attendance
	 * @generated
	 */
	EEnum getAttendance();

	/**
	 * Returns the meta object for enum '{@link org.officebench.model.ActionStatus <em>Action Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Action Status</em>'.
	 * @see org.officebench.model.ActionStatus
	 * @generated
	 */
	EEnum getActionStatus();

	/**
	 * Returns the meta object for enum '{@link org.officebench.model.ClassificationOrder <em>Classification Order</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Classification Order</em>'.
	 * @see org.officebench.model.ClassificationOrder
	 * @generated
	 */
	EEnum getClassificationOrder();

	/**
	 * Returns the meta object for enum '{@link org.officebench.model.AppraisalDecision <em>Appraisal Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Appraisal Decision</em>'.
	 * @see org.officebench.model.AppraisalDecision
	 * @generated
	 */
	EEnum getAppraisalDecision();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	OfficeBenchFactory getOfficeBenchFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.officebench.model.impl.DocumentImpl <em>Document</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.officebench.model.impl.DocumentImpl
		 * @see org.officebench.model.impl.OfficeBenchPackageImpl#getDocument()
		 * @generated
		 */
		EClass DOCUMENT = eINSTANCE.getDocument();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__ID = eINSTANCE.getDocument_Id();

		/**
		 * The meta object literal for the '<em><b>Model Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__MODEL_VERSION = eINSTANCE.getDocument_ModelVersion();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__TITLE = eINSTANCE.getDocument_Title();

		/**
		 * The meta object literal for the '<em><b>Document Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__DOCUMENT_NUMBER = eINSTANCE.getDocument_DocumentNumber();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__STATUS = eINSTANCE.getDocument_Status();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__AUTHOR = eINSTANCE.getDocument_Author();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__OWNER = eINSTANCE.getDocument_Owner();

		/**
		 * The meta object literal for the '<em><b>Department</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__DEPARTMENT = eINSTANCE.getDocument_Department();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__CREATED = eINSTANCE.getDocument_Created();

		/**
		 * The meta object literal for the '<em><b>Modified</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__MODIFIED = eINSTANCE.getDocument_Modified();

		/**
		 * The meta object literal for the '<em><b>Tags</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__TAGS = eINSTANCE.getDocument_Tags();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__DESCRIPTION = eINSTANCE.getDocument_Description();

		/**
		 * The meta object literal for the '<em><b>Attachments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOCUMENT__ATTACHMENTS = eINSTANCE.getDocument_Attachments();

		/**
		 * The meta object literal for the '{@link org.officebench.model.impl.StoredFileImpl <em>Stored File</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.officebench.model.impl.StoredFileImpl
		 * @see org.officebench.model.impl.OfficeBenchPackageImpl#getStoredFile()
		 * @generated
		 */
		EClass STORED_FILE = eINSTANCE.getStoredFile();

		/**
		 * The meta object literal for the '<em><b>File Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STORED_FILE__FILE_NAME = eINSTANCE.getStoredFile_FileName();

		/**
		 * The meta object literal for the '<em><b>Sha256</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STORED_FILE__SHA256 = eINSTANCE.getStoredFile_Sha256();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STORED_FILE__SIZE = eINSTANCE.getStoredFile_Size();

		/**
		 * The meta object literal for the '<em><b>Media Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STORED_FILE__MEDIA_TYPE = eINSTANCE.getStoredFile_MediaType();

		/**
		 * The meta object literal for the '<em><b>Added</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STORED_FILE__ADDED = eINSTANCE.getStoredFile_Added();

		/**
		 * The meta object literal for the '<em><b>Sm3</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STORED_FILE__SM3 = eINSTANCE.getStoredFile_Sm3();

		/**
		 * The meta object literal for the '{@link org.officebench.model.impl.PolicyDocumentImpl <em>Policy Document</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.officebench.model.impl.PolicyDocumentImpl
		 * @see org.officebench.model.impl.OfficeBenchPackageImpl#getPolicyDocument()
		 * @generated
		 */
		EClass POLICY_DOCUMENT = eINSTANCE.getPolicyDocument();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_DOCUMENT__VERSION = eINSTANCE.getPolicyDocument_Version();

		/**
		 * The meta object literal for the '<em><b>Effective Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_DOCUMENT__EFFECTIVE_DATE = eINSTANCE.getPolicyDocument_EffectiveDate();

		/**
		 * The meta object literal for the '<em><b>Chapters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POLICY_DOCUMENT__CHAPTERS = eINSTANCE.getPolicyDocument_Chapters();

		/**
		 * The meta object literal for the '{@link org.officebench.model.impl.ChapterImpl <em>Chapter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.officebench.model.impl.ChapterImpl
		 * @see org.officebench.model.impl.OfficeBenchPackageImpl#getChapter()
		 * @generated
		 */
		EClass CHAPTER = eINSTANCE.getChapter();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHAPTER__TITLE = eINSTANCE.getChapter_Title();

		/**
		 * The meta object literal for the '<em><b>Articles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHAPTER__ARTICLES = eINSTANCE.getChapter_Articles();

		/**
		 * The meta object literal for the '{@link org.officebench.model.impl.ArticleImpl <em>Article</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.officebench.model.impl.ArticleImpl
		 * @see org.officebench.model.impl.OfficeBenchPackageImpl#getArticle()
		 * @generated
		 */
		EClass ARTICLE = eINSTANCE.getArticle();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTICLE__TEXT = eINSTANCE.getArticle_Text();

		/**
		 * The meta object literal for the '{@link org.officebench.model.impl.FlowchartImpl <em>Flowchart</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.officebench.model.impl.FlowchartImpl
		 * @see org.officebench.model.impl.OfficeBenchPackageImpl#getFlowchart()
		 * @generated
		 */
		EClass FLOWCHART = eINSTANCE.getFlowchart();

		/**
		 * The meta object literal for the '<em><b>Post</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FLOWCHART__POST = eINSTANCE.getFlowchart_Post();

		/**
		 * The meta object literal for the '<em><b>Lanes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FLOWCHART__LANES = eINSTANCE.getFlowchart_Lanes();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FLOWCHART__STEPS = eINSTANCE.getFlowchart_Steps();

		/**
		 * The meta object literal for the '<em><b>Links</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FLOWCHART__LINKS = eINSTANCE.getFlowchart_Links();

		/**
		 * The meta object literal for the '{@link org.officebench.model.impl.LaneImpl <em>Lane</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.officebench.model.impl.LaneImpl
		 * @see org.officebench.model.impl.OfficeBenchPackageImpl#getLane()
		 * @generated
		 */
		EClass LANE = eINSTANCE.getLane();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LANE__ID = eINSTANCE.getLane_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LANE__NAME = eINSTANCE.getLane_Name();

		/**
		 * The meta object literal for the '{@link org.officebench.model.impl.StepImpl <em>Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.officebench.model.impl.StepImpl
		 * @see org.officebench.model.impl.OfficeBenchPackageImpl#getStep()
		 * @generated
		 */
		EClass STEP = eINSTANCE.getStep();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__ID = eINSTANCE.getStep_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__NAME = eINSTANCE.getStep_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__KIND = eINSTANCE.getStep_Kind();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__DESCRIPTION = eINSTANCE.getStep_Description();

		/**
		 * The meta object literal for the '<em><b>Lane</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STEP__LANE = eINSTANCE.getStep_Lane();

		/**
		 * The meta object literal for the '<em><b>Risks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STEP__RISKS = eINSTANCE.getStep_Risks();

		/**
		 * The meta object literal for the '{@link org.officebench.model.impl.RiskPointImpl <em>Risk Point</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.officebench.model.impl.RiskPointImpl
		 * @see org.officebench.model.impl.OfficeBenchPackageImpl#getRiskPoint()
		 * @generated
		 */
		EClass RISK_POINT = eINSTANCE.getRiskPoint();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK_POINT__DESCRIPTION = eINSTANCE.getRiskPoint_Description();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK_POINT__LEVEL = eINSTANCE.getRiskPoint_Level();

		/**
		 * The meta object literal for the '<em><b>Control</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK_POINT__CONTROL = eINSTANCE.getRiskPoint_Control();

		/**
		 * The meta object literal for the '{@link org.officebench.model.impl.LinkImpl <em>Link</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.officebench.model.impl.LinkImpl
		 * @see org.officebench.model.impl.OfficeBenchPackageImpl#getLink()
		 * @generated
		 */
		EClass LINK = eINSTANCE.getLink();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LINK__SOURCE = eINSTANCE.getLink_Source();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LINK__TARGET = eINSTANCE.getLink_Target();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINK__LABEL = eINSTANCE.getLink_Label();

		/**
		 * The meta object literal for the '{@link org.officebench.model.impl.MeetingMinutesImpl <em>Meeting Minutes</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.officebench.model.impl.MeetingMinutesImpl
		 * @see org.officebench.model.impl.OfficeBenchPackageImpl#getMeetingMinutes()
		 * @generated
		 */
		EClass MEETING_MINUTES = eINSTANCE.getMeetingMinutes();

		/**
		 * The meta object literal for the '<em><b>Meeting Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING_MINUTES__MEETING_TYPE = eINSTANCE.getMeetingMinutes_MeetingType();

		/**
		 * The meta object literal for the '<em><b>Meeting Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING_MINUTES__MEETING_DATE = eINSTANCE.getMeetingMinutes_MeetingDate();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING_MINUTES__LOCATION = eINSTANCE.getMeetingMinutes_Location();

		/**
		 * The meta object literal for the '<em><b>Chair</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING_MINUTES__CHAIR = eINSTANCE.getMeetingMinutes_Chair();

		/**
		 * The meta object literal for the '<em><b>Recorder</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING_MINUTES__RECORDER = eINSTANCE.getMeetingMinutes_Recorder();

		/**
		 * The meta object literal for the '<em><b>Attendees</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEETING_MINUTES__ATTENDEES = eINSTANCE.getMeetingMinutes_Attendees();

		/**
		 * The meta object literal for the '<em><b>Agenda Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEETING_MINUTES__AGENDA_ITEMS = eINSTANCE.getMeetingMinutes_AgendaItems();

		/**
		 * The meta object literal for the '<em><b>Decisions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEETING_MINUTES__DECISIONS = eINSTANCE.getMeetingMinutes_Decisions();

		/**
		 * The meta object literal for the '<em><b>Action Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEETING_MINUTES__ACTION_ITEMS = eINSTANCE.getMeetingMinutes_ActionItems();

		/**
		 * The meta object literal for the '{@link org.officebench.model.impl.AttendeeImpl <em>Attendee</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.officebench.model.impl.AttendeeImpl
		 * @see org.officebench.model.impl.OfficeBenchPackageImpl#getAttendee()
		 * @generated
		 */
		EClass ATTENDEE = eINSTANCE.getAttendee();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTENDEE__NAME = eINSTANCE.getAttendee_Name();

		/**
		 * The meta object literal for the '<em><b>Department</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTENDEE__DEPARTMENT = eINSTANCE.getAttendee_Department();

		/**
		 * The meta object literal for the '<em><b>Attendance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTENDEE__ATTENDANCE = eINSTANCE.getAttendee_Attendance();

		/**
		 * The meta object literal for the '{@link org.officebench.model.impl.AgendaItemImpl <em>Agenda Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.officebench.model.impl.AgendaItemImpl
		 * @see org.officebench.model.impl.OfficeBenchPackageImpl#getAgendaItem()
		 * @generated
		 */
		EClass AGENDA_ITEM = eINSTANCE.getAgendaItem();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENDA_ITEM__TITLE = eINSTANCE.getAgendaItem_Title();

		/**
		 * The meta object literal for the '<em><b>Presenter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENDA_ITEM__PRESENTER = eINSTANCE.getAgendaItem_Presenter();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENDA_ITEM__NOTES = eINSTANCE.getAgendaItem_Notes();

		/**
		 * The meta object literal for the '{@link org.officebench.model.impl.DecisionImpl <em>Decision</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.officebench.model.impl.DecisionImpl
		 * @see org.officebench.model.impl.OfficeBenchPackageImpl#getDecision()
		 * @generated
		 */
		EClass DECISION = eINSTANCE.getDecision();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECISION__TEXT = eINSTANCE.getDecision_Text();

		/**
		 * The meta object literal for the '<em><b>Agenda Item</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DECISION__AGENDA_ITEM = eINSTANCE.getDecision_AgendaItem();

		/**
		 * The meta object literal for the '{@link org.officebench.model.impl.ActionItemImpl <em>Action Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.officebench.model.impl.ActionItemImpl
		 * @see org.officebench.model.impl.OfficeBenchPackageImpl#getActionItem()
		 * @generated
		 */
		EClass ACTION_ITEM = eINSTANCE.getActionItem();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION_ITEM__ID = eINSTANCE.getActionItem_Id();

		/**
		 * The meta object literal for the '<em><b>Task</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION_ITEM__TASK = eINSTANCE.getActionItem_Task();

		/**
		 * The meta object literal for the '<em><b>Standard</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION_ITEM__STANDARD = eINSTANCE.getActionItem_Standard();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION_ITEM__OWNER = eINSTANCE.getActionItem_Owner();

		/**
		 * The meta object literal for the '<em><b>Deadline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION_ITEM__DEADLINE = eINSTANCE.getActionItem_Deadline();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION_ITEM__STATUS = eINSTANCE.getActionItem_Status();

		/**
		 * The meta object literal for the '<em><b>Decision</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTION_ITEM__DECISION = eINSTANCE.getActionItem_Decision();

		/**
		 * The meta object literal for the '<em><b>Follow Ups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTION_ITEM__FOLLOW_UPS = eINSTANCE.getActionItem_FollowUps();

		/**
		 * The meta object literal for the '{@link org.officebench.model.impl.FollowUpImpl <em>Follow Up</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.officebench.model.impl.FollowUpImpl
		 * @see org.officebench.model.impl.OfficeBenchPackageImpl#getFollowUp()
		 * @generated
		 */
		EClass FOLLOW_UP = eINSTANCE.getFollowUp();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOLLOW_UP__DATE = eINSTANCE.getFollowUp_Date();

		/**
		 * The meta object literal for the '<em><b>Progress</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOLLOW_UP__PROGRESS = eINSTANCE.getFollowUp_Progress();

		/**
		 * The meta object literal for the '{@link org.officebench.model.impl.ArchiveCatalogueImpl <em>Archive Catalogue</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.officebench.model.impl.ArchiveCatalogueImpl
		 * @see org.officebench.model.impl.OfficeBenchPackageImpl#getArchiveCatalogue()
		 * @generated
		 */
		EClass ARCHIVE_CATALOGUE = eINSTANCE.getArchiveCatalogue();

		/**
		 * The meta object literal for the '<em><b>Fonds Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARCHIVE_CATALOGUE__FONDS_CODE = eINSTANCE.getArchiveCatalogue_FondsCode();

		/**
		 * The meta object literal for the '<em><b>Fonds Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARCHIVE_CATALOGUE__FONDS_NAME = eINSTANCE.getArchiveCatalogue_FondsName();

		/**
		 * The meta object literal for the '<em><b>Archival Code Pattern</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARCHIVE_CATALOGUE__ARCHIVAL_CODE_PATTERN = eINSTANCE.getArchiveCatalogue_ArchivalCodePattern();

		/**
		 * The meta object literal for the '<em><b>Category Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARCHIVE_CATALOGUE__CATEGORY_CODE = eINSTANCE.getArchiveCatalogue_CategoryCode();

		/**
		 * The meta object literal for the '<em><b>Classification Order</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARCHIVE_CATALOGUE__CLASSIFICATION_ORDER = eINSTANCE.getArchiveCatalogue_ClassificationOrder();

		/**
		 * The meta object literal for the '<em><b>Organizations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARCHIVE_CATALOGUE__ORGANIZATIONS = eINSTANCE.getArchiveCatalogue_Organizations();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARCHIVE_CATALOGUE__ITEMS = eINSTANCE.getArchiveCatalogue_Items();

		/**
		 * The meta object literal for the '<em><b>Number Counters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARCHIVE_CATALOGUE__NUMBER_COUNTERS = eINSTANCE.getArchiveCatalogue_NumberCounters();

		/**
		 * The meta object literal for the '<em><b>Vacated Numbers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARCHIVE_CATALOGUE__VACATED_NUMBERS = eINSTANCE.getArchiveCatalogue_VacatedNumbers();

		/**
		 * The meta object literal for the '<em><b>Destruction Registers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARCHIVE_CATALOGUE__DESTRUCTION_REGISTERS = eINSTANCE.getArchiveCatalogue_DestructionRegisters();

		/**
		 * The meta object literal for the '<em><b>Retention Rules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARCHIVE_CATALOGUE__RETENTION_RULES = eINSTANCE.getArchiveCatalogue_RetentionRules();

		/**
		 * The meta object literal for the '{@link org.officebench.model.impl.OrganizationImpl <em>Organization</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.officebench.model.impl.OrganizationImpl
		 * @see org.officebench.model.impl.OfficeBenchPackageImpl#getOrganization()
		 * @generated
		 */
		EClass ORGANIZATION = eINSTANCE.getOrganization();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANIZATION__CODE = eINSTANCE.getOrganization_Code();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANIZATION__NAME = eINSTANCE.getOrganization_Name();

		/**
		 * The meta object literal for the '{@link org.officebench.model.impl.RetentionRuleImpl <em>Retention Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.officebench.model.impl.RetentionRuleImpl
		 * @see org.officebench.model.impl.OfficeBenchPackageImpl#getRetentionRule()
		 * @generated
		 */
		EClass RETENTION_RULE = eINSTANCE.getRetentionRule();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETENTION_RULE__KIND = eINSTANCE.getRetentionRule_Kind();

		/**
		 * The meta object literal for the '<em><b>Keywords</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETENTION_RULE__KEYWORDS = eINSTANCE.getRetentionRule_Keywords();

		/**
		 * The meta object literal for the '<em><b>Retention</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETENTION_RULE__RETENTION = eINSTANCE.getRetentionRule_Retention();

		/**
		 * The meta object literal for the '{@link org.officebench.model.impl.NumberCounterImpl <em>Number Counter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.officebench.model.impl.NumberCounterImpl
		 * @see org.officebench.model.impl.OfficeBenchPackageImpl#getNumberCounter()
		 * @generated
		 */
		EClass NUMBER_COUNTER = eINSTANCE.getNumberCounter();

		/**
		 * The meta object literal for the '<em><b>Class Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NUMBER_COUNTER__CLASS_KEY = eINSTANCE.getNumberCounter_ClassKey();

		/**
		 * The meta object literal for the '<em><b>Highest</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NUMBER_COUNTER__HIGHEST = eINSTANCE.getNumberCounter_Highest();

		/**
		 * The meta object literal for the '{@link org.officebench.model.impl.VacatedNumberImpl <em>Vacated Number</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.officebench.model.impl.VacatedNumberImpl
		 * @see org.officebench.model.impl.OfficeBenchPackageImpl#getVacatedNumber()
		 * @generated
		 */
		EClass VACATED_NUMBER = eINSTANCE.getVacatedNumber();

		/**
		 * The meta object literal for the '<em><b>Class Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VACATED_NUMBER__CLASS_KEY = eINSTANCE.getVacatedNumber_ClassKey();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VACATED_NUMBER__NUMBER = eINSTANCE.getVacatedNumber_Number();

		/**
		 * The meta object literal for the '<em><b>Archival Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VACATED_NUMBER__ARCHIVAL_CODE = eINSTANCE.getVacatedNumber_ArchivalCode();

		/**
		 * The meta object literal for the '<em><b>Moved To</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VACATED_NUMBER__MOVED_TO = eINSTANCE.getVacatedNumber_MovedTo();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VACATED_NUMBER__DATE = eINSTANCE.getVacatedNumber_Date();

		/**
		 * The meta object literal for the '{@link org.officebench.model.impl.AppraisalImpl <em>Appraisal</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.officebench.model.impl.AppraisalImpl
		 * @see org.officebench.model.impl.OfficeBenchPackageImpl#getAppraisal()
		 * @generated
		 */
		EClass APPRAISAL = eINSTANCE.getAppraisal();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPRAISAL__DATE = eINSTANCE.getAppraisal_Date();

		/**
		 * The meta object literal for the '<em><b>Decision</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPRAISAL__DECISION = eINSTANCE.getAppraisal_Decision();

		/**
		 * The meta object literal for the '<em><b>New Retention</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPRAISAL__NEW_RETENTION = eINSTANCE.getAppraisal_NewRetention();

		/**
		 * The meta object literal for the '<em><b>Appraisers</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPRAISAL__APPRAISERS = eINSTANCE.getAppraisal_Appraisers();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPRAISAL__REASON = eINSTANCE.getAppraisal_Reason();

		/**
		 * The meta object literal for the '{@link org.officebench.model.impl.LoanImpl <em>Loan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.officebench.model.impl.LoanImpl
		 * @see org.officebench.model.impl.OfficeBenchPackageImpl#getLoan()
		 * @generated
		 */
		EClass LOAN = eINSTANCE.getLoan();

		/**
		 * The meta object literal for the '<em><b>Borrower</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOAN__BORROWER = eINSTANCE.getLoan_Borrower();

		/**
		 * The meta object literal for the '<em><b>Purpose</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOAN__PURPOSE = eINSTANCE.getLoan_Purpose();

		/**
		 * The meta object literal for the '<em><b>Lent On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOAN__LENT_ON = eINSTANCE.getLoan_LentOn();

		/**
		 * The meta object literal for the '<em><b>Due On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOAN__DUE_ON = eINSTANCE.getLoan_DueOn();

		/**
		 * The meta object literal for the '<em><b>Returned On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOAN__RETURNED_ON = eINSTANCE.getLoan_ReturnedOn();

		/**
		 * The meta object literal for the '{@link org.officebench.model.impl.DestructionRegisterImpl <em>Destruction Register</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.officebench.model.impl.DestructionRegisterImpl
		 * @see org.officebench.model.impl.OfficeBenchPackageImpl#getDestructionRegister()
		 * @generated
		 */
		EClass DESTRUCTION_REGISTER = eINSTANCE.getDestructionRegister();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DESTRUCTION_REGISTER__NUMBER = eINSTANCE.getDestructionRegister_Number();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DESTRUCTION_REGISTER__DATE = eINSTANCE.getDestructionRegister_Date();

		/**
		 * The meta object literal for the '<em><b>Signatories</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DESTRUCTION_REGISTER__SIGNATORIES = eINSTANCE.getDestructionRegister_Signatories();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DESTRUCTION_REGISTER__ITEMS = eINSTANCE.getDestructionRegister_Items();

		/**
		 * The meta object literal for the '<em><b>Remarks</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DESTRUCTION_REGISTER__REMARKS = eINSTANCE.getDestructionRegister_Remarks();

		/**
		 * The meta object literal for the '{@link org.officebench.model.impl.ArchiveItemImpl <em>Archive Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.officebench.model.impl.ArchiveItemImpl
		 * @see org.officebench.model.impl.OfficeBenchPackageImpl#getArchiveItem()
		 * @generated
		 */
		EClass ARCHIVE_ITEM = eINSTANCE.getArchiveItem();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARCHIVE_ITEM__ID = eINSTANCE.getArchiveItem_Id();

		/**
		 * The meta object literal for the '<em><b>Archival Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARCHIVE_ITEM__ARCHIVAL_CODE = eINSTANCE.getArchiveItem_ArchivalCode();

		/**
		 * The meta object literal for the '<em><b>Item Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARCHIVE_ITEM__ITEM_NUMBER = eINSTANCE.getArchiveItem_ItemNumber();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARCHIVE_ITEM__YEAR = eINSTANCE.getArchiveItem_Year();

		/**
		 * The meta object literal for the '<em><b>Retention</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARCHIVE_ITEM__RETENTION = eINSTANCE.getArchiveItem_Retention();

		/**
		 * The meta object literal for the '<em><b>Organization Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARCHIVE_ITEM__ORGANIZATION_CODE = eINSTANCE.getArchiveItem_OrganizationCode();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARCHIVE_ITEM__TITLE = eINSTANCE.getArchiveItem_Title();

		/**
		 * The meta object literal for the '<em><b>Responsible</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARCHIVE_ITEM__RESPONSIBLE = eINSTANCE.getArchiveItem_Responsible();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARCHIVE_ITEM__DATE = eINSTANCE.getArchiveItem_Date();

		/**
		 * The meta object literal for the '<em><b>Document Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARCHIVE_ITEM__DOCUMENT_NUMBER = eINSTANCE.getArchiveItem_DocumentNumber();

		/**
		 * The meta object literal for the '<em><b>Security Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARCHIVE_ITEM__SECURITY_LEVEL = eINSTANCE.getArchiveItem_SecurityLevel();

		/**
		 * The meta object literal for the '<em><b>Pages</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARCHIVE_ITEM__PAGES = eINSTANCE.getArchiveItem_Pages();

		/**
		 * The meta object literal for the '<em><b>Remarks</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARCHIVE_ITEM__REMARKS = eINSTANCE.getArchiveItem_Remarks();

		/**
		 * The meta object literal for the '<em><b>Source Document Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARCHIVE_ITEM__SOURCE_DOCUMENT_ID = eINSTANCE.getArchiveItem_SourceDocumentId();

		/**
		 * The meta object literal for the '<em><b>Files</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARCHIVE_ITEM__FILES = eINSTANCE.getArchiveItem_Files();

		/**
		 * The meta object literal for the '<em><b>Box Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARCHIVE_ITEM__BOX_NUMBER = eINSTANCE.getArchiveItem_BoxNumber();

		/**
		 * The meta object literal for the '<em><b>Destroyed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARCHIVE_ITEM__DESTROYED = eINSTANCE.getArchiveItem_Destroyed();

		/**
		 * The meta object literal for the '<em><b>Destroyed On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARCHIVE_ITEM__DESTROYED_ON = eINSTANCE.getArchiveItem_DestroyedOn();

		/**
		 * The meta object literal for the '<em><b>Appraisals</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARCHIVE_ITEM__APPRAISALS = eINSTANCE.getArchiveItem_Appraisals();

		/**
		 * The meta object literal for the '<em><b>Loans</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARCHIVE_ITEM__LOANS = eINSTANCE.getArchiveItem_Loans();

		/**
		 * The meta object literal for the '{@link org.officebench.model.DocumentStatus <em>Document Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.officebench.model.DocumentStatus
		 * @see org.officebench.model.impl.OfficeBenchPackageImpl#getDocumentStatus()
		 * @generated
		 */
		EEnum DOCUMENT_STATUS = eINSTANCE.getDocumentStatus();

		/**
		 * The meta object literal for the '{@link org.officebench.model.RetentionPeriod <em>Retention Period</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.officebench.model.RetentionPeriod
		 * @see org.officebench.model.impl.OfficeBenchPackageImpl#getRetentionPeriod()
		 * @generated
		 */
		EEnum RETENTION_PERIOD = eINSTANCE.getRetentionPeriod();

		/**
		 * The meta object literal for the '{@link org.officebench.model.SecurityLevel <em>Security Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.officebench.model.SecurityLevel
		 * @see org.officebench.model.impl.OfficeBenchPackageImpl#getSecurityLevel()
		 * @generated
		 */
		EEnum SECURITY_LEVEL = eINSTANCE.getSecurityLevel();

		/**
		 * The meta object literal for the '{@link org.officebench.model.RiskLevel <em>Risk Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.officebench.model.RiskLevel
		 * @see org.officebench.model.impl.OfficeBenchPackageImpl#getRiskLevel()
		 * @generated
		 */
		EEnum RISK_LEVEL = eINSTANCE.getRiskLevel();

		/**
		 * The meta object literal for the '{@link org.officebench.model.StepKind <em>Step Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.officebench.model.StepKind
		 * @see org.officebench.model.impl.OfficeBenchPackageImpl#getStepKind()
		 * @generated
		 */
		EEnum STEP_KIND = eINSTANCE.getStepKind();

		/**
		 * The meta object literal for the '{@link org.officebench.model.Attendance <em>Attendance</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.officebench.model.Attendance
		 * @see org.officebench.model.impl.OfficeBenchPackageImpl#getAttendance()
		 * @generated
		 */
		EEnum ATTENDANCE = eINSTANCE.getAttendance();

		/**
		 * The meta object literal for the '{@link org.officebench.model.ActionStatus <em>Action Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.officebench.model.ActionStatus
		 * @see org.officebench.model.impl.OfficeBenchPackageImpl#getActionStatus()
		 * @generated
		 */
		EEnum ACTION_STATUS = eINSTANCE.getActionStatus();

		/**
		 * The meta object literal for the '{@link org.officebench.model.ClassificationOrder <em>Classification Order</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.officebench.model.ClassificationOrder
		 * @see org.officebench.model.impl.OfficeBenchPackageImpl#getClassificationOrder()
		 * @generated
		 */
		EEnum CLASSIFICATION_ORDER = eINSTANCE.getClassificationOrder();

		/**
		 * The meta object literal for the '{@link org.officebench.model.AppraisalDecision <em>Appraisal Decision</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.officebench.model.AppraisalDecision
		 * @see org.officebench.model.impl.OfficeBenchPackageImpl#getAppraisalDecision()
		 * @generated
		 */
		EEnum APPRAISAL_DECISION = eINSTANCE.getAppraisalDecision();

	}

} //OfficeBenchPackage
