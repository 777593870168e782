package org.nianbao.collect;

import static org.nianbao.collect.FormLayout.*;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.nianbao.model.BadInputException;

/**
 * Reads a returned form into a {@link ReturnedFile}, refusing with a clear message what is not a
 * form we can read: a missing file, not a workbook, an old .xls, a password-protected workbook, a
 * zip bomb (POI's ZipSecureFile limits, defaults kept), a damaged package. Nothing is stored here.
 */
public final class FormReader {

    /** Forms are a few dozen kilobytes; anything this large is not one. */
    static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};
    private final DataFormatter formatter = new DataFormatter();

    public ReturnedFile read(Path file) {
        byte[] bytes = bytes(file);
        String name = file.getFileName().toString();
        if (startsWith(bytes, OLE2)) {
            throw ole2(bytes, name);
        }
        if (!startsWith(bytes, ZIP)) {
            throw new BadInputException("“" + name + "”不是 Excel 工作簿（.xlsx），请发回数据收集表本身",
                    name + " is not an .xlsx workbook");
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(OPCPackage.open(new ByteArrayInputStream(bytes)))) {
            return read(wb, name, digest(bytes));
        } catch (BadInputException e) {
            throw e;
        } catch (NotOfficeXmlFileException e) {
            throw zipBomb(e) ? bomb(name) : notWorkbook(name);
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException | RuntimeException e) {
            throw zipBomb(e) ? bomb(name) : new BadInputException("“" + name + "”已损坏或不是 Excel 工作簿，无法读取",
                    name + " is damaged or not an Excel workbook", e);
        }
    }

    private static byte[] bytes(Path file) {
        String name = String.valueOf(file.getFileName());
        try {
            if (!Files.exists(file)) {
                throw new BadInputException("找不到文件：" + file, "no such file: " + file);
            }
            if (Files.isDirectory(file)) {
                throw new BadInputException("“" + name + "”是文件夹，不是数据收集表", name + " is a folder");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new BadInputException("“" + name + "”超过20 MB，不是数据收集表", name + " is over 20 MB");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadInputException("无法读取文件：" + file, "cannot read " + file, e);
        }
    }

    /** An OLE2 file is an encrypted .xlsx or an old .xls (or a Word .doc sent by mistake). */
    private static BadInputException ole2(byte[] bytes, String name) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptionInfo") || root.hasEntryCaseInsensitive("EncryptedPackage")) {
                return new BadInputException("“" + name + "”设置了打开密码，无法读取：请部门取消密码（文件→信息→保护工作簿）后重新发回",
                        name + " is password-protected; ask the department to remove the password");
            }
            if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
                return new BadInputException("“" + name + "”是旧版 Excel 97-2003 格式（.xls）：请在 Excel 或 WPS 中打开，"
                        + "另存为“Excel 工作簿(*.xlsx)”后再导入", name + " is an old .xls; save it as .xlsx and import again");
            }
        } catch (IOException | RuntimeException e) {
            // fall through: damaged
        }
        return notWorkbook(name);
    }

    private static BadInputException notWorkbook(String name) {
        return new BadInputException("“" + name + "”不是 Excel 工作簿（.xlsx），请发回数据收集表本身",
                name + " is not an .xlsx workbook");
    }

    private static BadInputException bomb(String name) {
        return new BadInputException("“" + name + "”解压后异常巨大（疑似压缩炸弹），已拒绝读取",
                name + " expands to an abnormal size (zip bomb suspected); refused");
    }

    private static boolean zipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb")) {
                return true;
            }
        }
        return false;
    }

    private ReturnedFile read(XSSFWorkbook wb, String name, String digest) {
        FormIdentity identity = identity(wb.getSheet(IDENTITY_SHEET), name);
        XSSFSheet metrics = wb.getSheet(METRICS_SHEET);
        if (identity == null && metrics == null) {
            // also what a truncated package reads as: POI skips the sheets it cannot find
            throw new BadInputException("“" + name + "”不是年报的数据收集表（没有“" + METRICS_SHEET + "”工作表），或文件已损坏",
                    name + " is not a Nianbao form (no metrics sheet), or it is damaged");
        }
        List<FormRow> rows = new ArrayList<>();
        String titleDepartment = null;
        if (metrics != null) {
            titleDepartment = departmentInTitle(metrics);
            for (int r = FIRST_METRIC_ROW; r <= metrics.getLastRowNum(); r++) {
                XSSFRow row = metrics.getRow(r);
                if (row == null) {
                    continue;
                }
                String metricName = text(row.getCell(COL_NAME));
                Long id = id(row.getCell(COL_ID));
                if (metricName.isEmpty() && id == null) {
                    continue;
                }
                rows.add(new FormRow(r, id, metricName, text(row.getCell(COL_UNIT)), input(row.getCell(COL_VALUE)),
                        text(row.getCell(COL_NOTE))));
            }
        }
        return new ReturnedFile(name, digest, identity, titleDepartment, rows, material(wb.getSheet(MATERIAL_SHEET)),
                metrics != null);
    }

    private String departmentInTitle(XSSFSheet sheet) {
        XSSFRow title = sheet.getRow(TITLE_ROW);
        String text = title == null ? "" : text(title.getCell(0));
        int colon = text.indexOf('：');
        return colon > 0 ? text.substring(0, colon).strip() : null;
    }

    private FormIdentity identity(XSSFSheet sheet, String name) {
        if (sheet == null) {
            return null;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Map<Long, String> metrics = new LinkedHashMap<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            XSSFRow row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            String key = text(row.getCell(0));
            String value = text(row.getCell(1));
            if (key.equals(FormIdentity.METRIC)) {
                int tab = value.indexOf('\t');
                metrics.put(Long.parseLong(value.substring(0, tab)), value.substring(tab + 1));
            } else {
                fields.put(key, value);
            }
        }
        try {
            return new FormIdentity(Integer.parseInt(fields.get(MARK)), Long.parseLong(fields.get(FormIdentity.REPORT_ID)),
                    Integer.parseInt(fields.get(FormIdentity.YEAR)), fields.get(FormIdentity.TITLE),
                    Long.parseLong(fields.get(FormIdentity.DEPARTMENT_ID)), fields.get(FormIdentity.DEPARTMENT), metrics);
        } catch (RuntimeException e) {
            throw new BadInputException("“" + name + "”的表格信息页已被改动，无法确认是哪个部门的表，请用原表重新填写",
                    name + ": the form's identity sheet was altered", e);
        }
    }

    private List<String> material(XSSFSheet sheet) {
        List<String> out = new ArrayList<>();
        if (sheet == null) {
            return out;
        }
        for (int r = FIRST_MATERIAL_ROW; r <= sheet.getLastRowNum(); r++) {
            XSSFRow row = sheet.getRow(r);
            String text = row == null ? "" : text(row.getCell(0));
            // a cell may hold several paragraphs typed with Alt+Enter
            for (String p : text.split("\\R")) {
                if (!p.isBlank()) {
                    out.add(p.strip());
                }
            }
        }
        return out;
    }

    private String text(Cell cell) {
        return cell == null ? "" : formatter.formatCellValue(cell).strip();
    }

    private static Long id(Cell cell) {
        if (cell == null) {
            return null;
        }
        try {
            return switch (cell.getCellType()) {
                case NUMERIC -> (long) cell.getNumericCellValue();
                case STRING -> cell.getStringCellValue().isBlank() ? null : Long.parseLong(cell.getStringCellValue().strip());
                default -> null;
            };
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static CellInput input(Cell cell) {
        if (cell == null) {
            return new CellInput.Blank();
        }
        return switch (cell.getCellType()) {
            case NUMERIC -> new CellInput.Number(decimal(cell.getNumericCellValue()));
            case STRING -> cell.getStringCellValue().isBlank() ? new CellInput.Blank()
                    : new CellInput.Text(cell.getStringCellValue());
            case FORMULA -> new CellInput.Formula(cell.getCellFormula(), cell.getCachedFormulaResultType() == CellType.NUMERIC
                    ? decimal(cell.getNumericCellValue()) : null);
            case BOOLEAN -> new CellInput.Text(String.valueOf(cell.getBooleanCellValue()));
            default -> new CellInput.Blank();
        };
    }

    /** Excel stores numbers as doubles; the shortest decimal that reads back as the same double is what was typed. */
    private static BigDecimal decimal(double d) {
        BigDecimal v = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
