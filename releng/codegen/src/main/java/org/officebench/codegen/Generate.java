package org.officebench.codegen;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.codegen.merge.java.JControlModel;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.Monitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Standalone (no Eclipse IDE, no workspace) EMF code generator for OfficeBench.
 *
 * <p>Usage: {@code Generate <path/to/x.genmodel>}. The genmodel must sit in
 * {@code <repo>/bundles/<project>/model/}; every {@code platform:/resource/<p>/} path it uses
 * (modelDirectory, editDirectory, its ecore) is mapped to {@code <repo>/bundles/<p>/}.
 *
 * <p>It generates the MODEL and EDIT code plus the edit bundle's plugin.properties. It never
 * writes MANIFEST.MF, plugin.xml, build.properties, .project or .classpath (those bundles keep
 * their own), nor the model bundle's plugin.properties.
 */
public final class Generate
{
  private Generate()
  {
  }

  public static void main(String[] args) throws Exception
  {
    if (args.length != 1)
    {
      System.err.println("usage: Generate <path/to/model.genmodel>");
      System.exit(2);
    }
    // Same output on every OS: the templates use the platform line separator for new files.
    System.setProperty("line.separator", "\n");
    System.exit(run(Paths.get(args[0])) ? 0 : 1);
  }

  static boolean run(Path genModelFile) throws Exception
  {
    genModelFile = genModelFile.toAbsolutePath().normalize();
    if (!Files.isRegularFile(genModelFile))
    {
      System.err.println("No such genmodel: " + genModelFile);
      return false;
    }
    // <repo>/bundles/<project>/model/<name>.genmodel
    Path modelDir = genModelFile.getParent();
    Path projectDir = modelDir.getParent();
    Path bundlesDir = projectDir.getParent();
    if (!"model".equals(modelDir.getFileName().toString()) || !"bundles".equals(bundlesDir.getFileName().toString()))
    {
      System.err.println("Expected the genmodel in <repo>/bundles/<project>/model/, got " + genModelFile);
      return false;
    }
    String projectName = projectDir.getFileName().toString();

    // --- Standalone EMF set-up (what the Eclipse extension registry would do) ---
    EcorePackage.eINSTANCE.eClass();
    GenModelPackage.eINSTANCE.eClass();
    Resource.Factory.Registry factories = Resource.Factory.Registry.INSTANCE;
    factories.getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
    factories.getExtensionToFactoryMap().put("genmodel", new EcoreResourceFactoryImpl());
    factories.getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());

    // platform:/resource/<p>/ -> file:<repo>/bundles/<p>/ . Put into the global map too: the
    // GenModel's bundle helper reads MANIFEST.MF/plugin.properties through URIConverter.INSTANCE.
    URI platformResource = URI.createPlatformResourceURI("/", false);
    URI bundlesLocation = URI.createFileURI(bundlesDir.toString() + "/");
    URIConverter.URI_MAP.put(platformResource, bundlesLocation);

    ResourceSet resourceSet = new ResourceSetImpl();
    resourceSet.getURIConverter().getURIMap().put(platformResource, bundlesLocation);

    // Load through the platform URI so nothing absolute ends up in the model or the generated code.
    URI genModelURI = URI.createPlatformResourceURI(projectName + "/model/" + genModelFile.getFileName(), true);
    Resource genModelResource = resourceSet.getResource(genModelURI, true);
    GenModel genModel = (GenModel)genModelResource.getContents().get(0);
    EcoreUtil.resolveAll(resourceSet);
    for (Resource resource : resourceSet.getResources())
    {
      if (!resource.getErrors().isEmpty())
      {
        resource.getErrors().forEach(e -> System.err.println("ERROR " + resource.getURI() + ": " + e.getMessage()));
        return false;
      }
    }

    // Add Gen* elements for every ecore element the genmodel does not list yet (the genmodel may be
    // a minimal one with only <genPackages>), drop stale ones.
    genModel.reconcile();
    genModel.setCanGenerate(true);
    genModel.setUpdateClasspath(false);

    org.eclipse.emf.common.util.Diagnostic validation = Diagnostician.INSTANCE.validate(genModel);
    boolean ok = report("genmodel validation", validation);
    if (!ok)
    {
      return false;
    }
    // GenModel.validate() checks what the generator needs (directories, plugin IDs, ...).
    org.eclipse.core.runtime.IStatus status = genModel.validate();
    if (status.getSeverity() == org.eclipse.core.runtime.IStatus.ERROR)
    {
      System.err.println("GenModel.validate(): " + status.getMessage());
      for (org.eclipse.core.runtime.IStatus child : status.getChildren())
      {
        System.err.println("  " + child.getMessage());
      }
      return false;
    }

    Generator generator = new Generator()
    {
      @Override
      public JControlModel getJControlModel()
      {
        // src-gen is wiped before each run and holds no hand-written code: no merging with
        // existing files, just the templates' output (as Xtext's MWE2 EcoreGenerator does).
        if (jControlModel == null)
        {
          jControlModel = new JControlModel()
          {
            @Override
            public boolean canMerge()
            {
              return false;
            }
          };
        }
        return super.getJControlModel();
      }
    };
    generator.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI, StandaloneAdapterFactory.DESCRIPTOR);
    generator.setInput(genModel);

    Monitor monitor = new BasicMonitor();
    for (String projectType : List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE))
    {
      if (!generator.canGenerate(genModel, projectType))
      {
        System.err.println("Cannot generate " + projectType + " code for " + genModelURI);
        return false;
      }
      Diagnostic diagnostic = generator.generate(genModel, projectType, monitor);
      ok &= report(projectType, diagnostic);
    }
    generator.dispose();
    return ok;
  }

  private static boolean report(String what, Diagnostic diagnostic)
  {
    if (diagnostic.getSeverity() != Diagnostic.OK)
    {
      print(what, diagnostic, "");
    }
    return diagnostic.getSeverity() < Diagnostic.ERROR;
  }

  private static void print(String what, Diagnostic diagnostic, String indent)
  {
    String severity = switch (diagnostic.getSeverity())
    {
      case Diagnostic.ERROR -> "ERROR";
      case Diagnostic.WARNING -> "WARNING";
      case Diagnostic.CANCEL -> "CANCEL";
      default -> "INFO";
    };
    System.err.println(indent + severity + " [" + what + "] " + diagnostic.getMessage());
    if (diagnostic.getException() != null)
    {
      diagnostic.getException().printStackTrace();
    }
    for (Diagnostic child : diagnostic.getChildren())
    {
      print(what, child, indent + "  ");
    }
  }

  /**
   * The standard generator adapters, except that the GenModel adapter leaves the bundles' own
   * MANIFEST.MF, plugin.xml, build.properties and the model bundle's plugin.properties alone, and
   * writes the edit bundle's plugin.properties afresh instead of only appending missing keys.
   */
  static final class StandaloneAdapterFactory extends GenModelGeneratorAdapterFactory
  {
    static final GeneratorAdapterFactory.Descriptor DESCRIPTOR = StandaloneAdapterFactory::new;

    @Override
    public Adapter createGenModelAdapter()
    {
      if (genModelGeneratorAdapter == null)
      {
        genModelGeneratorAdapter = new GenModelGeneratorAdapter(this)
        {
          @Override
          protected void generateModelManifest(GenModel genModel, Monitor monitor)
          {
            monitor.worked(2);
          }

          @Override
          protected void generateModelBuildProperties(GenModel genModel, Monitor monitor)
          {
            monitor.worked(1);
          }

          @Override
          protected void generateModelPluginProperties(GenModel genModel, Monitor monitor)
          {
            monitor.worked(1);
          }

          @Override
          protected void generateEditManifest(GenModel genModel, Monitor monitor)
          {
            monitor.worked(2);
          }

          @Override
          protected void generateEditBuildProperties(GenModel genModel, Monitor monitor)
          {
            monitor.worked(1);
          }

          @Override
          protected boolean shouldMerge(URI workspacePath)
          {
            // pluginName/providerName are still taken over from the existing file (the GenModel
            // reads them through the bundle's MANIFEST.MF before the file is written).
            return !"properties".equals(workspacePath.fileExtension()) && super.shouldMerge(workspacePath);
          }
        };
      }
      return genModelGeneratorAdapter;
    }
  }
}
