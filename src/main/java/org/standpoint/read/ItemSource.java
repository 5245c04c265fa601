package org.standpoint.read;

/**
 * The records of one file, pulled one at a time so that a large JSONL or JSON array is never held whole.
 * Implementations turn every problem into an error {@link Item}; nothing is thrown for bad input.
 */
interface ItemSource extends AutoCloseable {
    /** The next record, or null once the file is exhausted. */
    Item next();

    @Override
    void close();

    /** For one-article formats, already read and parsed. */
    static ItemSource single(Item item) {
        return new ItemSource() {
            private Item pending = item;

            @Override
            public Item next() {
                Item out = pending;
                pending = null;
                return out;
            }

            @Override
            public void close() {
                pending = null;
            }
        };
    }
}
