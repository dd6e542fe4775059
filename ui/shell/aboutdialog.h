#pragma once

#include <QDialog>

// Name, version, server and the Qt version in use.
class AboutDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(const QString &server, QWidget *parent = nullptr);
};
