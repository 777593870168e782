package org.nianbao.ui.common;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Work that the first window does not need waits until the window is on screen: on a two-core office
 * PC it would take the CPU from the first layout (issue 10, start-up).
 */
public final class FirstFrame {

    private FirstFrame() {
    }

    /**
     * Runs {@code work} on the FX thread once the node's scene has laid out a frame: the next pulse
     * after this call, so a window not yet shown runs it after its first frame. The node may still
     * be waiting for its scene.
     */
    public static void then(Node node, Runnable work) {
        if (node.getScene() != null) {
            afterNextLayout(node.getScene(), work);
            return;
        }
        node.sceneProperty().addListener(new javafx.beans.value.ChangeListener<Scene>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Scene> o, Scene was, Scene scene) {
                if (scene != null) {
                    o.removeListener(this);
                    afterNextLayout(scene, work);
                }
            }
        });
    }

    /** After the pulse that lays the scene out (once its CSS and layout are done), then the work. */
    public static void afterNextLayout(Scene scene, Runnable work) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(work); // outside the pulse, which goes on to render the frame
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }
}
