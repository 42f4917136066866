#pragma once

#include "project/project.h"
#include "project/secretstore.h"

#include <QObject>
#include <QString>

namespace cutover::ui {

/**
 * The wizard's shared state: the open project, the file it came from, and for this session only the database
 * passwords and whether each connection passed its test. A dumb container; the controller and the pages fill it
 * and the pages read it. GUI thread only. The passwords live in memory only: nothing here is ever written out.
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

    /** Another project was opened: forgets the passwords and test results of the one before. */
    void setProject(const Project& project, const QString& path)
    {
        m_project = project;
        m_projectPath = path;
        m_passwords[0].clear();
        m_passwords[1].clear();
        m_passed[0] = m_passed[1] = false;
        emit projectChanged();
        emit connectionsChanged();
    }

    /** The open project was changed and saved (a profile, a tick, a folder). */
    void updateProject(const Project& project)
    {
        m_project = project;
        emit projectUpdated();
    }

    QString password(SecretRole role) const { return m_passwords[index(role)]; }
    void setPassword(SecretRole role, const QString& password) { m_passwords[index(role)] = password; }

    bool connectionPassed(SecretRole role) const { return m_passed[index(role)]; }
    void setConnectionPassed(SecretRole role, bool passed)
    {
        if (m_passed[index(role)] == passed)
            return;
        m_passed[index(role)] = passed;
        emit connectionsChanged();
    }

Q_SIGNALS:
    void projectChanged();
    void projectUpdated();
    void connectionsChanged();

private:
    static int index(SecretRole role) { return role == SecretRole::Source ? 0 : 1; }

    Project m_project;
    QString m_projectPath;
    QString m_passwords[2];
    bool m_passed[2] = { false, false };
};

} // namespace cutover::ui
