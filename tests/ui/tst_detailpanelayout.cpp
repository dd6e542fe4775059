// The detail pane's layout: long server values (a deep customer path, a long file name or URI)
// wrap inside the pane instead of forcing it wider than the splitter gives it.
#include "detail/breadcrumbbar.h"
#include "detail/detailpane.h"
#include "api/fileinfobuilder.h"

#include <QScrollArea>
#include <QTest>
#include <QToolButton>

class TstDetailPaneLayout final : public QObject
{
    Q_OBJECT
private slots:
    void deepBreadcrumbWrapsInsteadOfWidening();
};

void TstDetailPaneLayout::deepBreadcrumbWrapsInsteadOfWidening()
{
    FileInfoBuilder builder;
    builder.setText(FileField::Id, QStringLiteral("0123456789abcdef01234567"));
    builder.setType(FileType::CallRecording);
    builder.setText(FileField::FileName, QStringLiteral("call-+4412345678901234567890-20261128-101010-a-very-long-name.wav"));
    builder.setText(FileField::Uri, QStringLiteral("http://127.0.0.1:1/files/0123456789abcdef01234567/content?x=averyveryverylongquerystring"));
    builder.setBreadcrumb({{QStringLiteral("c1"), QStringLiteral("Øresund Ferries International Holding")},
                           {QStringLiteral("c2"), QStringLiteral("Réception et Service Client")},
                           {QStringLiteral("c3"), QStringLiteral("Accounts Payable Department")},
                           {QStringLiteral("c4"), QStringLiteral("Night Shift Team")}});
    DetailPane pane;
    pane.resize(320, 800);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.setFile(builder.build());
    // The layout settles: the layout requests setFile() posted run now (nested ones in turn).
    for (int i = 0; i < 4; ++i)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);

    // Nothing in the pane needs more than the width it has: no content is cut off to the right.
    auto *scroll = pane.findChild<QScrollArea *>();
    QVERIFY(scroll);
    QVERIFY2(scroll->widget()->width() <= scroll->viewport()->width(),
             qPrintable(QStringLiteral("content %1 px in a %2 px viewport")
                            .arg(scroll->widget()->width())
                            .arg(scroll->viewport()->width())));

    // The four crumbs are all there, on more than one line, each inside the bar.
    const QList<QToolButton *> crumbs = pane.breadcrumbBar()->buttons();
    QCOMPARE(crumbs.size(), 4);
    QVERIFY(crumbs.last()->y() > crumbs.first()->y());
    for (const QToolButton *crumb : crumbs)
        QVERIFY(crumb->geometry().right() <= pane.breadcrumbBar()->width());
}

QTEST_MAIN(TstDetailPaneLayout)
#include "tst_detailpanelayout.moc"
