// Offline: the name sanitiser, the name template, the namer and the shared CSV writer.
#include "export/exportnamer.h"
#include "export/filecsvwriter.h"
#include "api/fileinfobuilder.h"
#include "export/filenamesanitizer.h"
#include "export/nametemplate.h"

#include <QSet>
#include <QTest>

class TestExportNames final : public QObject
{
    Q_OBJECT
private slots:
    void sanitizer_data();
    void sanitizer();
    void reservedNames();
    void longNamesCutOnCharacterBoundary();
    void fallbackIsMadeSafeToo();
    void templateErrors_data();
    void templateErrors();
    void templateRenders();
    void extensionFromContentType();
    void namerKeepsNamesDistinct();
    void namerKeepsLongNamesWithinLimit();
    void csvNeutralisesFormulas();
    void csvHeaderAndColumns();

private:
    static FileInfo file(const QString &id, const QString &fileName, const QString &contentType = QStringLiteral("audio/wav"));
};

FileInfo TestExportNames::file(const QString &id, const QString &fileName, const QString &contentType)
{
    FileInfoBuilder b;
    b.setText(FileField::Id, id);
    b.setText(FileField::FileName, fileName);
    b.setText(FileField::ContentType, contentType);
    b.setText(FileField::FromAddress, QStringLiteral("+15551234567"));
    b.setType(FileType::VoiceMessage);
    b.setDateMs(FileField::DateCreated, QDateTime(QDate(2026, 11, 28), QTime(8, 5, 9), Qt::UTC).toMSecsSinceEpoch());
    return b.build();
}

void TestExportNames::sanitizer_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("plain") << "call.wav" << "call.wav";
    QTest::newRow("dotdot") << ".." << "_";
    QTest::newRow("dot") << "." << "_";
    QTest::newRow("separators") << "a/b\\c:d*e?f" << "a_b_c_d_e_f";
    QTest::newRow("quotes-pipes") << "x\"<y>|z" << "x__y__z";
    QTest::newRow("control") << QString("a\x01" "b\tc\nd") << "a_b_c_d";
    QTest::newRow("trailing dot space") << "name. . " << "name";
    QTest::newRow("empty") << "" << "_";
    QTest::newRow("rtl emoji kept") << QString::fromUtf8("שלום مرحبا 📞.wav") << QString::fromUtf8("שלום مرحبا 📞.wav");
    QTest::newRow("bidi override") << QString::fromUtf8("evil\u202Eexe.wav") << "evil_exe.wav";
}

void TestExportNames::sanitizer()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(FileNameSanitizer::component(in), out);
}

void TestExportNames::reservedNames()
{
    for (const char *name : {"CON", "con", "PRN", "AUX", "NUL", "COM1", "com9", "LPT1", "LPT9", "CON.wav", "nul.txt.wav",
                             "CON "}) {
        const QString out = FileNameSanitizer::component(QLatin1String(name));
        QVERIFY2(!FileNameSanitizer::isWindowsReserved(out), qPrintable(out));
        QVERIFY2(out.startsWith(QLatin1Char('_')), qPrintable(out));
    }
    QCOMPARE(FileNameSanitizer::component(QStringLiteral("CONSOLE.wav")), QStringLiteral("CONSOLE.wav"));
    QCOMPARE(FileNameSanitizer::component(QStringLiteral("COM10")), QStringLiteral("COM10"));
}

void TestExportNames::longNamesCutOnCharacterBoundary()
{
    const QString emoji = QString::fromUtf8("😀");  // 4 bytes, a surrogate pair
    QString name;
    for (int i = 0; i < 100; ++i)
        name += emoji + QStringLiteral("é");
    name += QStringLiteral(".wav");
    const QString out = FileNameSanitizer::component(name);
    QVERIFY(out.toUtf8().size() <= 255);
    QVERIFY(out.toUtf8().size() > 240);
    QVERIFY(out.endsWith(QLatin1String(".wav")));
    QCOMPARE(QString::fromUtf8(out.toUtf8()), out);  // no broken pair
    for (QChar c : out)
        QVERIFY(!c.isSurrogate() || out.size() > 0);
    const QString ascii(300, QLatin1Char('a'));
    QCOMPARE(FileNameSanitizer::component(ascii).size(), 255);
}

// Found by fuzz_export_name: when the name sanitised to nothing, the fallback was used as it
// came ("NUL.w\x15" kept its control character).
void TestExportNames::fallbackIsMadeSafeToo()
{
    QCOMPARE(FileNameSanitizer::component(QStringLiteral(" . "), QStringLiteral("NUL.w\x15")), QStringLiteral("_NUL.w_"));
    QCOMPARE(FileNameSanitizer::component(QStringLiteral("..."), QStringLiteral("a/b..")), QStringLiteral("a_b"));
    QCOMPARE(FileNameSanitizer::component(QStringLiteral(""), QStringLiteral("..")), QStringLiteral("_"));
    QCOMPARE(FileNameSanitizer::component(QStringLiteral(""), QStringLiteral("no account")), QStringLiteral("no account"));
}

void TestExportNames::templateErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unclosed") << "{id" << "never closed";
    QTest::newRow("stray close") << "id}" << "closes nothing";
    QTest::newRow("unknown field") << "{nope}" << "nope";
    QTest::newRow("empty placeholder") << "{}" << "empty";
    QTest::newRow("empty") << "" << "empty";
}

void TestExportNames::templateErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, mentions);
    const NameTemplate t(text);
    QVERIFY(!t.isValid());
    QVERIFY2(t.errorString().contains(mentions), qPrintable(t.errorString()));
}

void TestExportNames::templateRenders()
{
    const NameTemplate t(QStringLiteral("{dateCreated:yyyyMMdd-HHmmss}_{type}_{fromAddress}_{id}.{ext}"));
    QVERIFY2(t.isValid(), qPrintable(t.errorString()));
    QCOMPARE(t.render(file(QStringLiteral("f1"), QStringLiteral("x.wav"))),
             QStringLiteral("20261128-080509_VoiceMessage_+15551234567_f1.wav"));
    // Field values never make folders; the template's own '/' does; nothing climbs out.
    const NameTemplate folders(QStringLiteral("{type}/../{fileName}"));
    QVERIFY(folders.isValid());
    const QString p = folders.render(file(QStringLiteral("f2"), QStringLiteral("../../x.wav")));
    QVERIFY2(!p.split(QLatin1Char('/')).contains(QStringLiteral("..")), qPrintable(p));
    QVERIFY(!p.startsWith(QLatin1Char('/')));
    QCOMPARE(NameTemplate(QStringLiteral("{fileName}")).render(file(QStringLiteral("f3"), QStringLiteral("a/b\\c:d*e?f"))),
             QStringLiteral("a_b_c_d_e_f.wav"));
    QCOMPARE(NameTemplate(QStringLiteral("{FILENAME}")).render(file(QStringLiteral("f4"), QStringLiteral("CON"))),
             QStringLiteral("_CON.wav"));
}

void TestExportNames::extensionFromContentType()
{
    QCOMPARE(NameTemplate(QStringLiteral("{id}")).render(file(QStringLiteral("f"), QStringLiteral("fax"), QStringLiteral("application/pdf"))),
             QStringLiteral("f.pdf"));
    QCOMPARE(NameTemplate(QStringLiteral("{id}.{ext}")).render(file(QStringLiteral("f"), QStringLiteral("song.MP3"), QStringLiteral("audio/mpeg"))),
             QStringLiteral("f.mp3"));
    QCOMPARE(NameTemplate::extensionForContentType(QStringLiteral("audio/wav; codec=1")), QStringLiteral("wav"));
}

void TestExportNames::namerKeepsNamesDistinct()
{
    ExportNamer namer(NameTemplate(QStringLiteral("{fileName}")), ExportOptions::Subfolders::None);
    QSet<QString> seen;
    const QStringList names{QStringLiteral("same.wav"), QStringLiteral("same.wav"), QStringLiteral("SAME.wav"),
                            QStringLiteral("same.wav.part"), QStringLiteral("manifest.csv")};
    for (int i = 0; i < names.size(); ++i) {
        const QString p = namer.pathFor(file(QStringLiteral("id%1").arg(i), names.at(i)));
        QVERIFY2(!seen.contains(p.toCaseFolded()), qPrintable(p));
        seen.insert(p.toCaseFolded());
        QVERIFY(p.compare(QLatin1String("manifest.csv"), Qt::CaseInsensitive) != 0);
    }
    // The same id keeps its name.
    QCOMPARE(namer.pathFor(file(QStringLiteral("id0"), QStringLiteral("same.wav"))), QStringLiteral("same.wav"));
    QCOMPARE(namer.pathFor(file(QStringLiteral("id1"), QStringLiteral("same.wav"))), QStringLiteral("same (2).wav"));
}

// Found by fuzz_export_name: a taken name whose "extension" (after its last dot) was long got
// " (2)" before all of it and came out longer than 255 bytes.
void TestExportNames::namerKeepsLongNamesWithinLimit()
{
    ExportNamer namer(NameTemplate(QStringLiteral("{fileName}")), ExportOptions::Subfolders::None);
    const QString name = QStringLiteral("a.") + QString(253, QLatin1Char('x'));
    const QString first = namer.pathFor(file(QStringLiteral("id1"), name, QString()));
    const QString second = namer.pathFor(file(QStringLiteral("id2"), name, QString()));
    QCOMPARE(first, name);
    QVERIFY2(second.toUtf8().size() <= FileNameSanitizer::kMaxComponentBytes, qPrintable(second));
    QVERIFY(second.contains(QLatin1String(" (2)")));
    QVERIFY(second.compare(first, Qt::CaseInsensitive) != 0);
    QVERIFY2(!second.startsWith(QLatin1Char(' ')), qPrintable(second));
    const QString sibling = namer.siblingPath(second, QStringLiteral("txt"));
    QVERIFY2(sibling.toUtf8().size() <= FileNameSanitizer::kMaxComponentBytes, qPrintable(sibling));
}

void TestExportNames::csvNeutralisesFormulas()
{
    for (const char *cell : {"=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"})
        QVERIFY2(FileCsvWriter::field(QLatin1String(cell), true).startsWith("'")
                     || FileCsvWriter::field(QLatin1String(cell), true).startsWith("\"'"),
                 cell);
    QCOMPARE(FileCsvWriter::field(QStringLiteral("=HYPERLINK(\"x\")"), true), QByteArray("\"'=HYPERLINK(\"\"x\"\")\""));
    QCOMPARE(FileCsvWriter::field(QStringLiteral("=1+1"), false), QByteArray("=1+1"));
    QCOMPARE(FileCsvWriter::field(QStringLiteral("a,b"), true), QByteArray("\"a,b\""));
    QCOMPARE(FileCsvWriter::field(QStringLiteral("plain"), true), QByteArray("plain"));
}

void TestExportNames::csvHeaderAndColumns()
{
    FileCsvWriter::Options o;
    QVERIFY(FileCsvWriter::parseColumns(QStringLiteral("fileName,id,AITranscription"), &o.columns, nullptr));
    o.bom = true;
    const FileCsvWriter w(o);
    QCOMPARE(w.header(), QByteArray("\xEF\xBB\xBF" "fileName,id,aiTranscription\r\n"));
    QCOMPARE(w.row(file(QStringLiteral("f1"), QStringLiteral("a.wav"))), QByteArray("a.wav,f1,\r\n"));
    QString error;
    QList<FileField> cols;
    QVERIFY(!FileCsvWriter::parseColumns(QStringLiteral("id,bogus"), &cols, &error));
    QVERIFY(error.contains(QLatin1String("bogus")));
    QCOMPARE(FileCsvWriter::allColumns().size(), 24);
}

QTEST_GUILESS_MAIN(TestExportNames)
#include "tst_export_names.moc"
