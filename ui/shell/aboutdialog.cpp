#include "aboutdialog.h"

#include "consoleversion.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

AboutDialog::AboutDialog(const QString &server, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About EvoVoice Files Console"));
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/evovoice-console.png")).pixmap(64, 64));
    auto *text = new QLabel(this);
    text->setTextFormat(Qt::PlainText);
    text->setText(tr("EvoVoice Files Console %1\n\nBrowse, filter and inspect the files of the EvoVoice "
                     "telephony API.\n\nServer: %2\nQt %3")
                      .arg(QString::fromLatin1(kConsoleVersion), server.isEmpty() ? tr("not connected") : server,
                           QString::fromLatin1(qVersion())));
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *licence = new QLabel(tr("Licence: %1", "SPDX licence identifier").arg(QString::fromLatin1(kConsoleLicense)), this);
    licence->setObjectName(QStringLiteral("licenceLabel"));
    licence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *column = new QVBoxLayout;
    column->addWidget(text);
    column->addWidget(licence);
    auto *row = new QHBoxLayout;
    row->addWidget(icon, 0, Qt::AlignTop);
    row->addLayout(column, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
}
