package io.redweave.internal.weave;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Parameter names that the RedWeave annotation processor recorded at compile time, for classes compiled without
 * {@code -parameters}: the resource {@code META-INF/redweave/parameters/<binary class name>} holds one method a line,
 * {@code name(erased parameter types)=parameter names}, as in {@code find(java.lang.String,int)=userId,page}.
 *
 * <p>A method's names are looked up in its declaring class's resource, then in its supertypes' (an implementation
 * of an annotated interface method binds with the names the processor checked the template against). Names that do
 * not fit the method (another count, not identifiers) are ignored. Each resource is read once per class.
 */
final class RecordedParameterNames {
    static final String DIRECTORY = "META-INF/redweave/parameters/";

    private static final ClassValue<Map<String, List<String>>> BY_CLASS = new ClassValue<>() {
        @Override
        protected Map<String, List<String>> computeValue(Class<?> type) {
            return read(type);
        }
    };

    private RecordedParameterNames() {
    }

    /** The recorded names of a method's parameters, or null when none were recorded for it. */
    static List<String> of(Method method) {
        String signature = signature(method);
        Deque<Class<?>> pending = new ArrayDeque<>();
        pending.add(method.getDeclaringClass());
        while (!pending.isEmpty()) {
            Class<?> type = pending.poll();
            List<String> names = BY_CLASS.get(type).get(signature);
            if (names != null && names.size() == method.getParameterCount()) {
                return names;
            }
            if (type.getSuperclass() != null) {
                pending.add(type.getSuperclass());
            }
            pending.addAll(Arrays.asList(type.getInterfaces()));
        }
        return null;
    }

    /** A method's name and erased parameter types, as the processor writes it: {@code find(java.lang.String,int)}. */
    static String signature(Method method) {
        return Arrays.stream(method.getParameterTypes()).map(Class::getTypeName)
                .collect(Collectors.joining(",", method.getName() + "(", ")"));
    }

    private static Map<String, List<String>> read(Class<?> type) {
        if (type.isPrimitive() || type.isArray() || type.getName().startsWith("java.")) {
            return Map.of();
        }
        Map<String, List<String>> names = new HashMap<>();
        try (InputStream in = type.getResourceAsStream("/" + DIRECTORY + type.getName())) {
            if (in == null) {
                return Map.of();
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int equals = line.indexOf('=');
                if (!line.startsWith("#") && equals > 0) {
                    List<String> parameters = line.length() == equals + 1 ? List.of()
                            : List.of(line.substring(equals + 1).split(",", -1));
                    if (parameters.stream().allMatch(RecordedParameterNames::isIdentifier)) {
                        names.put(line.substring(0, equals), parameters);
                    }
                }
            }
        } catch (IOException | SecurityException unreadable) {
            return Map.of();
        }
        return Map.copyOf(names);
    }

    private static boolean isIdentifier(String name) {
        if (name.isEmpty() || !Character.isJavaIdentifierStart(name.codePointAt(0))) {
            return false;
        }
        return name.codePoints().skip(1).allMatch(Character::isJavaIdentifierPart);
    }
}
