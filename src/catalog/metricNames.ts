/**
 * Every metric name of the contract, written once. The areas (./areas) say what each metric is; everything else,
 * from signals and alerts to the simulator, refers to it through this table, so a rename is one line.
 * Keys are the names in camelCase; histograms are named without `_bucket`, `_count` or `_sum`.
 */
export const METRIC = {
  // Customers, carts and orders
  shopSessionsTotal: 'shop_sessions_total',
  shopCartsCreatedTotal: 'shop_carts_created_total',
  shopCheckoutsStartedTotal: 'shop_checkouts_started_total',
  shopOrdersPaidTotal: 'shop_orders_paid_total',
  shopRevenuePlnTotal: 'shop_revenue_pln_total',
  shopOrdersReturningCustomersTotal: 'shop_orders_returning_customers_total',
  shopAccountsCreatedTotal: 'shop_accounts_created_total',
  shopShoppingListsCreatedTotal: 'shop_shopping_lists_created_total',
  shopEmailsSentTotal: 'shop_emails_sent_total',
  // Payments: card, BLIK, fast transfer
  shopPaymentsStartedTotal: 'shop_payments_started_total',
  shopPaymentsTotal: 'shop_payments_total',
  shopPaymentFailedValuePlnTotal: 'shop_payment_failed_value_pln_total',
  shopPaymentDeclinesTotal: 'shop_payment_declines_total',
  shopPayment3dsTotal: 'shop_payment_3ds_total',
  shopPaymentConfirmationDurationSeconds: 'shop_payment_confirmation_duration_seconds',
  // Parcels to InPost lockers
  shopParcelsCreatedTotal: 'shop_parcels_created_total',
  shopParcelStatusChangesTotal: 'shop_parcel_status_changes_total',
  shopParcelsInStatus: 'shop_parcels_in_status',
  shopParcelsStuck: 'shop_parcels_stuck',
  shopParcelPaymentToLockerSeconds: 'shop_parcel_payment_to_locker_seconds',
  shopFraudCheckedOrdersTotal: 'shop_fraud_checked_orders_total',
  shopFraudHeldValuePlnTotal: 'shop_fraud_held_value_pln_total',
  // API gateway and HTTP cache (Nginx)
  nginxVtsServerRequestsTotal: 'nginx_vts_server_requests_total',
  nginxVtsServerRequestDurationSeconds: 'nginx_vts_server_request_duration_seconds',
  nginxVtsServerCacheTotal: 'nginx_vts_server_cache_total',
  nginxVtsMainConnections: 'nginx_vts_main_connections',
  // REST back end
  httpServerRequestDurationSeconds: 'http_server_request_duration_seconds',
  httpServerActiveRequests: 'http_server_active_requests',
  // JavaScript front end
  shopFrontendPageErrorsTotal: 'shop_frontend_page_errors_total',
  shopFrontendPageViewsTotal: 'shop_frontend_page_views_total',
  shopFrontendLcpSeconds: 'shop_frontend_lcp_seconds',
  shopFrontendInpSeconds: 'shop_frontend_inp_seconds',
  shopFrontendCls: 'shop_frontend_cls',
  // Product search (Elasticsearch)
  shopProductSearchesTotal: 'shop_product_searches_total',
  elasticsearchClusterHealthStatus: 'elasticsearch_cluster_health_status',
  elasticsearchIndicesSearchQueryTotal: 'elasticsearch_indices_search_query_total',
  elasticsearchIndicesSearchQueryTimeSeconds: 'elasticsearch_indices_search_query_time_seconds',
  // File delivery and blob storage
  shopFilesServedTotal: 'shop_files_served_total',
  shopBlobStorageUsedBytes: 'shop_blob_storage_used_bytes',
  // Staff management system
  shopStaffOrderChangesTotal: 'shop_staff_order_changes_total',
  // External services we call
  shopDependencyRequestsTotal: 'shop_dependency_requests_total',
  shopDependencyRequestDurationSeconds: 'shop_dependency_request_duration_seconds',
  // SQL database and disks
  pgUp: 'pg_up',
  pgStatDatabaseNumbackends: 'pg_stat_database_numbackends',
  pgSettingsMaxConnections: 'pg_settings_max_connections',
  pgStatDatabaseXactCommit: 'pg_stat_database_xact_commit',
  pgStatDatabaseXactRollback: 'pg_stat_database_xact_rollback',
  pgStatDatabaseDeadlocks: 'pg_stat_database_deadlocks',
  nodeFilesystemAvailBytes: 'node_filesystem_avail_bytes',
  nodeFilesystemSizeBytes: 'node_filesystem_size_bytes',
  // Message queue (RabbitMQ)
  rabbitmqQueueMessagesReady: 'rabbitmq_queue_messages_ready',
  rabbitmqQueueMessagesUnacked: 'rabbitmq_queue_messages_unacked',
  rabbitmqQueueConsumers: 'rabbitmq_queue_consumers',
  rabbitmqQueueMessagesPublishedTotal: 'rabbitmq_queue_messages_published_total',
  // Background jobs
  shopJobRunsTotal: 'shop_job_runs_total',
  shopJobLastSuccessTimestampSeconds: 'shop_job_last_success_timestamp_seconds',
  shopJobLastRunTimestampSeconds: 'shop_job_last_run_timestamp_seconds',
  shopJobLastDurationSeconds: 'shop_job_last_duration_seconds',
  shopJobItemsProcessedTotal: 'shop_job_items_processed_total',
  // Deploys, configuration and certificates
  shopBuildInfo: 'shop_build_info',
  shopConfigLastReloadSuccessTimestampSeconds: 'shop_config_last_reload_success_timestamp_seconds',
  shopFeatureFlagEnabled: 'shop_feature_flag_enabled',
  probeSslEarliestCertExpiry: 'probe_ssl_earliest_cert_expiry',
} as const;

/** A name of the contract, as exposed (histograms without their series suffix). */
export type MetricName = (typeof METRIC)[keyof typeof METRIC];
