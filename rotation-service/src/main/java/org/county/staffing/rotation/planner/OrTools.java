package org.county.staffing.rotation.planner;

import com.google.ortools.Loader;

/** Loads OR-tools' native library once per JVM (it takes a second or two the first time). */
public final class OrTools {

    private static volatile boolean loaded;

    private OrTools() {
    }

    public static void load() {
        if (!loaded) {
            synchronized (OrTools.class) {
                if (!loaded) {
                    Loader.loadNativeLibraries();
                    loaded = true;
                }
            }
        }
    }
}
