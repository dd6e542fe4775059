#include "simpdf.h"

namespace {
QByteArray escapeText(const QString &text)
{
    QByteArray out;
    for (const QChar c : text) {
        const ushort u = c.unicode();
        const char ch = (u >= 32 && u < 127) ? char(u) : (u >= 160 && u < 256) ? char(u) : '?';
        if (ch == '(' || ch == ')' || ch == '\\')
            out += '\\';
        out += ch;
    }
    return out;
}

QByteArray tail(qint64 xrefAt, const QList<qint64> &offsets)
{
    QByteArray t = "xref\n0 " + QByteArray::number(offsets.size() + 1) + "\n0000000000 65535 f \n";
    for (qint64 o : offsets)
        t += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
    t += "trailer\n<< /Size " + QByteArray::number(offsets.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
        + QByteArray::number(xrefAt) + "\n%%EOF\n";
    return t;
}
} // namespace

QByteArray SimPdf::build(const QStringList &lines, qint64 targetSize)
{
    QByteArray stream = "BT\n/F1 16 Tf\n72 720 Td\n18 TL\n";
    for (int k = 0; k < lines.size() && k < 30; ++k)
        stream += "(" + escapeText(lines[k].left(90)) + ") Tj T*\n" + (k == 0 ? "/F1 11 Tf\n" : "");
    stream += "ET\n";
    QByteArray pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    QList<qint64> offsets;
    auto object = [&](const QByteArray &body) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
    };
    object("<< /Type /Catalog /Pages 2 0 R >>");
    object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>");
    object("<< /Length " + QByteArray::number(stream.size()) + " >>\nstream\n" + stream + "endstream");
    object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
    // Pad with comment lines before the xref so that the whole file is exactly targetSize.
    const qint64 body = pdf.size();
    for (int digits = 1; digits <= 12; ++digits) {
        const qint64 fixed = tail(0, offsets).size() - 1; // tail with a one-digit startxref, minus that digit
        const qint64 pad = targetSize - body - fixed - digits;
        if (pad < 2 || QByteArray::number(body + pad).size() != digits)
            continue;
        qint64 left = pad;
        while (left > 0) {
            qint64 line = std::min<qint64>(left, 72);
            if (left - line == 1)
                --line;
            pdf += '%' + QByteArray(int(line - 2), '-') + '\n';
            left -= line;
        }
        break;
    }
    pdf += tail(pdf.size(), offsets);
    return pdf;
}
