package io.redweave.template.corpus;

/**
 * A corpus fixture: a class with a getter {@code getCustomer()}, a boolean getter {@code isPaid()}, a
 * public field {@code number}, a public field {@code tags} of type {@code String[]}, and its own
 * {@code toString()}.
 */
public class Order {
    public final long number;
    public final String[] tags = {};
    private final Customer customer;
    private final boolean paid;

    public Order(long number, Customer customer, boolean paid) {
        this.number = number;
        this.customer = customer;
        this.paid = paid;
    }

    public Customer getCustomer() {
        return customer;
    }

    public boolean isPaid() {
        return paid;
    }

    @Override
    public String toString() {
        return "Order#" + number;
    }
}
