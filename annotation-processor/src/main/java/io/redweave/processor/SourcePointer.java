package io.redweave.processor;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Points a diagnostic at the value of a repeated annotation. javac's {@code Messager} cannot: it finds an
 * annotation's source through the element's annotation mirrors, and a repeated {@code @InvalidateCache} is only
 * there inside the container javac synthesizes, which has no source. So the source tree is searched through the
 * compiler's tree API when it is available (javac); elsewhere (Gradle's wrapped environment, other compilers) the
 * caller falls back to the element's position.
 */
final class SourcePointer {
    private final Trees trees;

    private SourcePointer(Trees trees) {
        this.trees = trees;
    }

    static SourcePointer of(ProcessingEnvironment environment) {
        try {
            return new SourcePointer(Trees.instance(environment));
        } catch (IllegalArgumentException | LinkageError unavailable) {
            return new SourcePointer(null);
        }
    }

    /**
     * Prints at the value of {@code attribute} (or at the annotation, when the attribute is not written) of the
     * {@code index}-th annotation named {@code qualifiedName} on a method; false when the source cannot be found.
     */
    boolean print(Diagnostic.Kind kind, String message, Element element, String qualifiedName, int index,
            String attribute) {
        TreePath path = trees == null ? null : trees.getPath(element);
        if (path == null || !(path.getLeaf() instanceof MethodTree method)) {
            return false;
        }
        ModifiersTree modifiers = method.getModifiers();
        TreePath modifiersPath = new TreePath(path, modifiers);
        int seen = 0;
        for (AnnotationTree annotation : modifiers.getAnnotations()) {
            Element type = trees.getElement(new TreePath(new TreePath(modifiersPath, annotation),
                    annotation.getAnnotationType()));
            if (type instanceof TypeElement typeElement && typeElement.getQualifiedName().contentEquals(qualifiedName)
                    && seen++ == index) {
                trees.printMessage(kind, message, valueOf(annotation, attribute), path.getCompilationUnit());
                return true;
            }
        }
        return false;
    }

    private static Tree valueOf(AnnotationTree annotation, String attribute) {
        for (ExpressionTree argument : annotation.getArguments()) {
            if (attribute != null && argument instanceof AssignmentTree assignment
                    && assignment.getVariable() instanceof IdentifierTree name
                    && name.getName().contentEquals(attribute)) {
                return assignment.getExpression();
            }
        }
        return annotation;
    }
}
