ALTER TABLE "debates" ADD COLUMN "parent_id" integer;--> statement-breakpoint
ALTER TABLE "debates" ADD COLUMN "group_name" text;--> statement-breakpoint
ALTER TABLE "debates" ADD CONSTRAINT "debates_parent_id_debates_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."debates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "debates_parent_idx" ON "debates" USING btree ("parent_id");