#pragma once

#include "project/project.h"

#include <QObject>
#include <QString>

namespace cutover::ui {

/**
 * The wizard's shared state: the open project and the file it came from. A dumb container; the controller
 * fills it and the pages read it. GUI thread only.
 */
class WizardModel : public QObject
{
    Q_OBJECT
public:
    explicit WizardModel(QObject* parent = nullptr)
        : QObject(parent)
    {
    }

    bool hasProject() const { return !m_projectPath.isEmpty(); }
    const Project& project() const { return m_project; }
    QString projectPath() const { return m_projectPath; }

    void setProject(const Project& project, const QString& path)
    {
        m_project = project;
        m_projectPath = path;
        emit projectChanged();
    }

Q_SIGNALS:
    void projectChanged();

private:
    Project m_project;
    QString m_projectPath;
};

} // namespace cutover::ui
