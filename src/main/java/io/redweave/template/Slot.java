package io.redweave.template;

/** A placeholder bound to a parameter index, with its property path resolved step by step. */
final class Slot {
    private final String template;
    private final Placeholder placeholder;
    private final int index;
    private final PropertyStep[] steps;

    Slot(String template, Placeholder placeholder, int index) {
        this.template = template;
        this.placeholder = placeholder;
        this.index = index;
        this.steps = new PropertyStep[placeholder.path().size()];
        for (int i = 0; i < steps.length; i++) {
            steps[i] = new PropertyStep(placeholder.path().get(i));
        }
    }

    /** The value this placeholder stands for; null when the argument or any property on the way is null. */
    Object resolve(Object[] args) {
        Object value = args[index];
        for (PropertyStep step : steps) {
            if (value == null) {
                return null;
            }
            value = step.read(value, this);
        }
        if (value != null && value.getClass().isArray()) {
            throw new TemplateRenderException(template, "the placeholder " + placeholder + " has the array value "
                    + value.getClass().getTypeName() + ", which has no stable text form; pass a List or a String");
        }
        return value;
    }

    String template() {
        return template;
    }

    Placeholder placeholder() {
        return placeholder;
    }
}
