import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import javax.imageio.ImageIO;

/**
 * Draws the app icon once: a sheet of an official document (red issuer line, 公文 red rule) with 年报
 * on it. Run `java installer/icons/DrawIcon.java installer/icons` and commit the icons (.png for Linux, .ico for Windows, .icns for macOS); the build does
 * not run it, so the icon does not depend on the fonts of the build machine.
 */
public class DrawIcon {
    private static final Color OFFICIAL_RED = new Color(0xC8, 0x10, 0x2E);

    public static void main(String[] args) throws Exception {
        File dir = new File(args.length > 0 ? args[0] : ".");
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(draw(256), "png", png);
        byte[] bytes = png.toByteArray();
        Files.write(new File(dir, "nianbao.png").toPath(), bytes);
        Files.write(new File(dir, "nianbao.ico").toPath(), ico(bytes));
        Files.write(new File(dir, "nianbao.icns").toPath(), icns(bytes));
    }

    /** A Windows icon holding the 256 px PNG as its one image (PNG entries: Windows Vista and later). */
    static byte[] ico(byte[] png) {
        ByteBuffer b = ByteBuffer.allocate(6 + 16 + png.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0).putShort((short) 1).putShort((short) 1);
        b.put((byte) 0).put((byte) 0); // 0 means 256 px wide and high
        b.put((byte) 0).put((byte) 0).putShort((short) 1).putShort((short) 32);
        b.putInt(png.length).putInt(6 + 16);
        b.put(png);
        return b.array();
    }

    /** A macOS icon family with the 256 px PNG as its ic08 entry. */
    static byte[] icns(byte[] png) {
        ByteBuffer b = ByteBuffer.allocate(8 + 8 + png.length).order(ByteOrder.BIG_ENDIAN);
        b.put("icns".getBytes(StandardCharsets.US_ASCII)).putInt(8 + 8 + png.length);
        b.put("ic08".getBytes(StandardCharsets.US_ASCII)).putInt(8 + png.length);
        b.put(png);
        return b.array();
    }

    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        double s = size / 256.0;
        g.scale(s, s);
        // the red tile
        g.setColor(OFFICIAL_RED);
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 48, 48));
        // the white sheet
        g.setColor(new Color(0xFB, 0xF8, 0xF1));
        g.fill(new RoundRectangle2D.Double(44, 28, 168, 200, 10, 10));
        // the red rule under the issuer line of an official document
        g.setColor(OFFICIAL_RED);
        g.setStroke(new BasicStroke(5f));
        g.drawLine(60, 92, 196, 92);
        // text lines of the body
        g.setColor(new Color(0x9A, 0x9A, 0x9A));
        g.setStroke(new BasicStroke(6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int y = 182; y <= 210; y += 14) {
            g.drawLine(64, y, y == 210 ? 150 : 192, y);
        }
        // 年报 in the issuer position
        g.setColor(OFFICIAL_RED);
        Font font = new Font("Noto Serif CJK SC", Font.BOLD, 64);
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        String name = "年报";
        g.drawString(name, 128 - fm.stringWidth(name) / 2f, 78);
        // a check mark for "checked figures"
        g.setStroke(new BasicStroke(12f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawPolyline(new int[] {92, 118, 166}, new int[] {130, 154, 108}, 3);
        g.dispose();
        return img;
    }
}
