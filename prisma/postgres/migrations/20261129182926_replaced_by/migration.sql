-- AlterTable
ALTER TABLE "SalesnipSession" ADD COLUMN     "replacedById" TEXT;
