#!/usr/bin/env python3
"""Test files, way (2): LibreOffice records a reviewer's tracked changes and comments in a .docx.

Usage: lo_review.py IN.docx OUT.docx AUTHOR INITIALS OPS.json
OPS is a list of {"replace": [old, new]}, {"insertAfter": [anchor, text]}, {"delete": text},
{"deleteAcross": [from, to]} (from the start of one text to the end of another, across paragraph
breaks), {"comment": [anchor, text]}, {"resolve": comment text (its start)}, {"record": false|true}
(the edits that follow made with track changes off, or on again). Starts its own soffice (headless,
private profile), sets the user's name (LibreOffice writes it as w:author), turns on recording,
edits, saves as Word 2007-365.

The document is loaded without a window (a TextDocument and XLoadable.load, no frame, no view): the
-nogui LibreOffice packages ship no .ui files, and a view that lays out a comment builds its comment
window from modules/swriter/ui/annotation.ui, so LibreOffice 7.4 aborts (NoSuchElementException in
Application::CreateInterimBuilder) as soon as a document with a comment has a view. Without a view no
comment window is made. LibreOffice 7.4 cannot make a threaded reply: its Annotation field has no
ParentName (it came in a later version) and its .docx export writes commentsExtended.xml only for
the done flag of resolved comments.
"""
import json
import os
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(pipe):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(120):
        try:
            return resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
        except Exception:
            time.sleep(0.5)
    raise RuntimeError("soffice did not start")


def set_user(ctx, author, initials):
    provider = ctx.ServiceManager.createInstanceWithContext("com.sun.star.configuration.ConfigurationProvider", ctx)
    access = provider.createInstanceWithArguments("com.sun.star.configuration.ConfigurationUpdateAccess",
                                                  (prop("nodepath", "/org.openoffice.UserProfile/Data"),))
    access.setPropertyValue("givenname", author)
    access.setPropertyValue("sn", "")
    access.setPropertyValue("initials", initials)
    access.commitChanges()


def find(doc, text):
    search = doc.createSearchDescriptor()
    search.SearchString = text
    found = doc.findFirst(search)
    if found is not None:
        return found
    # without a view the search can come back empty: walk the paragraphs
    paragraphs = doc.Text.createEnumeration()
    while paragraphs.hasMoreElements():
        p = paragraphs.nextElement()
        if not p.supportsService("com.sun.star.text.Paragraph"):
            continue
        at = p.String.find(text)
        if at >= 0:
            cursor = doc.Text.createTextCursorByRange(p.getStart())
            cursor.goRight(at, False)
            cursor.goRight(len(text), True)
            return cursor
    raise RuntimeError("not found: " + text)


def load(ctx, source):
    """The document as a model only: no frame, no view, so no comment window (see above)."""
    doc = ctx.ServiceManager.createInstanceWithContext("com.sun.star.text.TextDocument", ctx)
    doc.load((prop("URL", uno.systemPathToFileUrl(os.path.abspath(source))), prop("FilterName", "MS Word 2007 XML")))
    return doc


def now():
    t = time.gmtime()
    dt = uno.createUnoStruct("com.sun.star.util.DateTime")
    dt.Year, dt.Month, dt.Day, dt.Hours, dt.Minutes, dt.Seconds = t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec
    return dt


def annotations(doc):
    fields = doc.TextFields.createEnumeration()
    while fields.hasMoreElements():
        f = fields.nextElement()
        if f.supportsService("com.sun.star.text.textfield.Annotation"):
            yield f


def main():
    source, target, author, initials, ops_file = sys.argv[1:6]
    with open(ops_file, encoding="utf-8") as f:
        ops = json.load(f)
    profile = tempfile.mkdtemp(prefix="lo-review-")
    pipe = "nianbao_review_%d" % os.getpid()
    office = subprocess.Popen(["soffice", "--headless", "--invisible", "--nologo", "--norestore",
                               "-env:UserInstallation=file://" + profile,
                               "--accept=pipe,name=%s;urp;" % pipe],
                              stdout=subprocess.DEVNULL, stderr=None if os.environ.get("LO_DEBUG") else subprocess.DEVNULL)
    try:
        ctx = connect(pipe)
        set_user(ctx, author, initials)
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        doc = None
        for _ in range(20):  # the first load can fail while the office finishes starting
            try:
                doc = load(ctx, source)
                break
            except Exception:
                time.sleep(0.5)
        if doc is None:
            raise RuntimeError("LibreOffice could not open " + source)
        doc.RecordChanges = True
        for op in ops:
            if "replace" in op:
                old, new = op["replace"]
                find(doc, old).setString(new)
            elif "insertAfter" in op:
                anchor, text = op["insertAfter"]
                r = find(doc, anchor)
                r.getText().insertString(r.getEnd(), text, False)
            elif "deleteAcross" in op:
                start, end = op["deleteAcross"]
                first = find(doc, start)
                cursor = doc.Text.createTextCursorByRange(first.getStart())
                cursor.gotoRange(find(doc, end).getEnd(), True)
                cursor.setString("")
            elif "delete" in op:
                find(doc, op["delete"]).setString("")
            elif "record" in op:
                doc.RecordChanges = bool(op["record"])
            elif "comment" in op:
                anchor, text = op["comment"]
                r = find(doc, anchor)
                field = doc.createInstance("com.sun.star.text.textfield.Annotation")
                field.Author = author
                field.Initials = initials
                field.Content = text
                field.DateTimeValue = now()
                r.getText().insertTextContent(r, field, True)
            elif "resolve" in op:
                matching = [f for f in annotations(doc) if f.Content.startswith(op["resolve"])]
                if not matching:
                    raise RuntimeError("no comment: " + op["resolve"])
                for f in matching:
                    f.Resolved = True
        doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(target)),
                       (prop("FilterName", "MS Word 2007 XML"),))
        try:
            doc.close(True)
        except Exception:
            pass  # the file is written; an office that falls over on closing does not matter
    finally:
        try:
            desktop.terminate()
        except Exception:
            pass
        try:
            office.wait(timeout=30)
        except Exception:
            office.kill()


if __name__ == "__main__":
    main()
