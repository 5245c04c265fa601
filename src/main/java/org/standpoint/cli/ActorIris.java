package org.standpoint.cli;

import org.standpoint.store.Store;

/** Actor IRIs as a user types them: in full, or as the path under the store's base ("person/lord-harris"). */
final class ActorIris {
    private ActorIris() {
    }

    static String absolute(Store store, String typed) {
        String s = typed.strip();
        if (s.startsWith("<") && s.endsWith(">")) s = s.substring(1, s.length() - 1);
        return s.contains("://") ? s : store.base() + s.replaceFirst("^/+", "");
    }
}
