/**
 * Node lists for fleet tests, shared by the unit tests and the paste e2e. Tool output formats and field
 * names are kubectl's; names and addresses are made up.
 */

/** `kubectl get nodes -o wide` of an AKS cluster with a Linux system node and one Windows Server, version 2004 node. */
export const FLEET_2004_TABLE = [
  'NAME                                STATUS   ROLES   AGE    VERSION    INTERNAL-IP   EXTERNAL-IP   OS-IMAGE                         KERNEL-VERSION      CONTAINER-RUNTIME',
  'aks-nodepool1-27182818-vmss000000   Ready    agent   412d   v1.19.11   10.240.0.4    <none>        Ubuntu 18.04.5 LTS               5.4.0-1049-azure    containerd://1.4.4+azure',
  'akswin000000                        Ready    agent   412d   v1.19.11   10.240.0.35   <none>        Windows Server Datacenter        10.0.19041.1052     docker://19.3.14',
].join('\n');

/** The same Windows node alone: a `kubectl get nodes -o wide` of one node, no Linux node. */
export const FLEET_2004_ALONE = [
  'NAME           STATUS   ROLES   AGE    VERSION    INTERNAL-IP   EXTERNAL-IP   OS-IMAGE                    KERNEL-VERSION    CONTAINER-RUNTIME',
  'akswin000000   Ready    agent   412d   v1.19.11   10.240.0.35   <none>        Windows Server Datacenter   10.0.19041.1052   docker://19.3.14',
].join('\n');
