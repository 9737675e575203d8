package io.redweave.template;

/**
 * One property of a placeholder's path, with a one-entry cache of the last class it was read from,
 * so that reading the same class again costs one volatile read and one comparison.
 */
final class PropertyStep {
    private final String name;
    private volatile Resolved last;

    PropertyStep(String name) {
        this.name = name;
    }

    Object read(Object target, Slot slot) {
        Class<?> type = target.getClass();
        Resolved resolved = last;
        if (resolved == null || resolved.type != type) {
            PropertyAccessors.Accessor accessor = PropertyAccessors.find(type, name, slot);
            if (accessor == null) {
                throw new TemplateRenderException(slot.template(), "the placeholder " + slot.placeholder()
                        + " reads property '" + name + "', but " + type.getTypeName() + " has no "
                        + PropertyAccessors.candidates(name));
            }
            resolved = new Resolved(type, accessor);
            last = resolved;
        }
        return resolved.accessor.read(target, slot, name);
    }

    private record Resolved(Class<?> type, PropertyAccessors.Accessor accessor) {
    }
}
