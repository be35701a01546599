-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "emailVerified" BOOLEAN NOT NULL DEFAULT false,
    "image" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'rep',
    "banned" BOOLEAN NOT NULL DEFAULT false,
    "banReason" TEXT,
    "banExpires" DATETIME,
    "followTeam" BOOLEAN NOT NULL DEFAULT false,
    "activitySeenAt" DATETIME,
    "emailNotifications" BOOLEAN NOT NULL DEFAULT true
);
INSERT INTO "new_User" ("activitySeenAt", "banExpires", "banReason", "banned", "createdAt", "email", "emailVerified", "followTeam", "id", "image", "name", "role", "updatedAt") SELECT "activitySeenAt", "banExpires", "banReason", "banned", "createdAt", "email", "emailVerified", "followTeam", "id", "image", "name", "role", "updatedAt" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
