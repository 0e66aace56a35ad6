
               resource "aws_redshift_cluster" "default" {
                  cluster_identifier = "tf-redshift-cluster"
                  database_name      = "mydb"
                  master_username    = "foo"
                  master_password    = "Mustbe8characters"  # checkov:skip=CKV_SECRET_6 test secret
                  node_type          = "dc1.large"
                  cluster_type       = "single-node"
                  allow_version_upgrade = false
                }
                