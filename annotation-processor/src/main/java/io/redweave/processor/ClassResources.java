package io.redweave.processor;

import java.io.IOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import javax.annotation.processing.Filer;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.StandardLocation;

/**
 * Writes the processor's two resources for one class, each with that class as its only originating element (so
 * that the processor stays isolating for incremental builds):
 * <ul>
 *   <li>{@value #PARAMETERS}{@code <binary class name>}: the parameter names of the class's methods, one method a
 *       line ({@code find(java.lang.String,int)=userId,page}), read by the runtime when the class was compiled
 *       without {@code -parameters};</li>
 *   <li>{@value #KEYS}{@code <binary class name>.json}: the key manifest, every key and pattern of the class's
 *       annotations with its method, template, Redis key, data type and TTL.</li>
 * </ul>
 */
final class ClassResources {
    static final String PARAMETERS = "META-INF/redweave/parameters/";
    static final String KEYS = "META-INF/redweave/keys/";

    private final Filer filer;
    private final TypeNames names;
    private final Set<String> written = new HashSet<>();

    ClassResources(Filer filer, TypeNames names) {
        this.filer = filer;
        this.names = names;
    }

    /** Records the parameter names of every method the class declares; once per class and compilation. */
    void writeParameterNames(TypeElement type) throws IOException {
        String binaryName = names.binaryName(type);
        if (!written.add(PARAMETERS + binaryName)) {
            return;
        }
        StringBuilder text = new StringBuilder("# Parameter names of ").append(binaryName)
                .append(", recorded by the RedWeave annotation processor.\n")
                .append("# Read at run time when the class was compiled without -parameters.\n")
                .append("# One method a line: name(erased parameter types)=parameter names\n");
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            StringJoiner parameterNames = new StringJoiner(",");
            for (VariableElement parameter : method.getParameters()) {
                parameterNames.add(parameter.getSimpleName());
            }
            text.append(names.signature(method)).append('=').append(parameterNames).append('\n');
        }
        write(PARAMETERS + binaryName, type, text);
    }

    /** Writes the key manifest of a class; once per class and compilation. */
    void writeManifest(TypeElement type, List<KeyEntry> entries) throws IOException {
        String binaryName = names.binaryName(type);
        if (entries.isEmpty() || !written.add(KEYS + binaryName)) {
            return;
        }
        StringBuilder json = new StringBuilder("{\n  \"class\": ").append(Json.string(binaryName))
                .append(",\n  \"keys\": [");
        for (int i = 0; i < entries.size(); i++) {
            KeyEntry entry = entries.get(i);
            json.append(i == 0 ? "\n" : ",\n").append("    {")
                    .append("\"method\": ").append(Json.string(entry.method()))
                    .append(", \"annotation\": ").append(Json.string(entry.annotation()))
                    .append(", \"template\": ").append(Json.string(entry.template()))
                    .append(", \"redisKey\": ").append(Json.string(entry.redisKey()))
                    .append(", \"kind\": ").append(Json.string(entry.kind()))
                    .append(", \"dataType\": ").append(Json.string(entry.dataType()))
                    .append(", \"ttl\": ").append(Json.string(entry.ttl()))
                    .append(", \"nullTtl\": ").append(Json.string(entry.nullTtl()))
                    .append(", \"detail\": ").append(Json.string(entry.detail()))
                    .append('}');
        }
        json.append("\n  ]\n}\n");
        write(KEYS + binaryName + ".json", type, json);
    }

    private void write(String name, TypeElement origin, CharSequence text) throws IOException {
        try (Writer writer = filer.createResource(StandardLocation.CLASS_OUTPUT, "", name, origin).openWriter()) {
            writer.append(text);
        }
    }
}
